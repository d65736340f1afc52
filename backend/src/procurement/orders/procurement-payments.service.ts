import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { isRealDate } from '../../common/validators';
import { inTransaction } from '../../database/transaction';
import { Principal } from '../../identity/principal';
import { PaidEvent } from '../../payments/payment-recorder';
import { PaymentsService } from '../../payments/payments.service';
import { OrderAccess } from './order-access.service';
import { OrderCompletion } from './order-completion.service';
import { notAccepted } from './order-invoices.service';
import { Actor, concurrentChange, recordEvent, shanghaiDay, SUBJECT } from './order-store';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { ProcurementOrderStatus, ProcurementPaymentMethod, ProcurementPaymentStatus } from './procurement-order-status';

const PAYMENT_ACTOR: Actor = { userId: null, name: '支付宝' };

/**
 * Paying a procurement order, only once it is accepted: a bank transfer (对公转账) the buyer declares
 * and the supplier or an operator confirms, or Alipay through the payments context. Each step is one
 * conditional UPDATE on the payment status, so a repeat (or a second notification) changes nothing.
 */
@Injectable()
export class ProcurementPayments implements OnModuleInit {
  private readonly logger = new Logger(ProcurementPayments.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrderAccess,
    private readonly payments: PaymentsService,
    private readonly completion: OrderCompletion,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.payments.onPaid((p) => this.handlePaid(p));
  }

  async declareTransfer(me: Principal, id: string, input: { reference: string; paidOn: string }): Promise<ProcurementOrder> {
    const order = await this.access.forAgencyMember(me, id);
    const due = this.assertPayable(order);
    if (!isRealDate(input.paidOn) || input.paidOn > shanghaiDay(new Date())) throw AppError.badRequest('INVALID_PAID_ON', '转账日期必须是今天或之前的有效日期');
    const reference = input.reference.trim().slice(0, 64);
    const actor = { userId: me.id, name: me.name };
    await this.change(order, ProcurementPaymentStatus.UNPAID, { paymentStatus: ProcurementPaymentStatus.TRANSFER_DECLARED, paymentMethod: ProcurementPaymentMethod.BANK_TRANSFER, transferReference: reference, transferPaidOn: input.paidOn, paidFen: due }, async (m) => {
      await recordEvent(m, { orderId: order.id, type: ProcurementEventType.TRANSFER_DECLARED, actor, note: `对公转账 ${due} 分，流水号 ${reference}，转账日期 ${input.paidOn}` });
      await this.audit.record({ actor, action: 'procurement.payment.transfer_declared', subjectType: SUBJECT, subjectId: order.id, summary: `采购订单 ${order.orderNo} 登记对公转账 ${due} 分（${reference}）`, after: { reference, paidOn: input.paidOn, amountFen: due }, agencyId: order.agencyId, supplierId: order.supplierId }, m);
    });
    return this.access.get(order.id);
  }

  /** The supplier (its own order) or an operator confirms the declared transfer arrived. */
  async confirmTransfer(me: Principal, order: ProcurementOrder): Promise<ProcurementOrder> {
    if (order.paymentStatus !== ProcurementPaymentStatus.TRANSFER_DECLARED) {
      throw AppError.conflict(order.paymentStatus === ProcurementPaymentStatus.PAID ? 'ALREADY_PAID' : 'NO_TRANSFER_DECLARED', order.paymentStatus === ProcurementPaymentStatus.PAID ? '该订单已确认收款' : '采购方尚未登记对公转账');
    }
    const actor = { userId: me.id, name: me.name };
    const now = new Date();
    await this.change(order, ProcurementPaymentStatus.TRANSFER_DECLARED, { paymentStatus: ProcurementPaymentStatus.PAID, paidAt: now }, async (m) => {
      await recordEvent(m, { orderId: order.id, type: ProcurementEventType.PAID, actor, note: `确认收到对公转账 ${order.paidFen} 分（流水号 ${order.transferReference}）`, at: now });
      await this.audit.record({ actor, action: 'procurement.payment.transfer_confirmed', subjectType: SUBJECT, subjectId: order.id, summary: `采购订单 ${order.orderNo} 确认收款 ${order.paidFen} 分`, before: { paymentStatus: order.paymentStatus }, after: { paymentStatus: ProcurementPaymentStatus.PAID, reference: order.transferReference }, agencyId: order.agencyId, supplierId: order.supplierId }, m);
    });
    await this.completion.tryComplete(order.id, actor);
    return this.access.get(order.id);
  }

  async startAlipay(me: Principal, id: string, device: 'page' | 'wap'): Promise<{ payUrl: string; outTradeNo: string }> {
    const order = await this.access.forAgencyMember(me, id);
    const due = this.assertPayable(order);
    return this.payments.start({ orderId: order.id, orderNo: order.orderNo, amountFen: due, subject: `帮扶集市采购订单 ${order.orderNo}`, device, returnPath: `/procurement/orders/${order.id}` });
  }

  /** The payments context tells us an order was paid; ids of other contexts' orders are 'not-mine'. */
  async handlePaid(p: PaidEvent): Promise<'handled' | 'not-mine'> {
    const order = await this.dataSource.getRepository(ProcurementOrder).findOneBy({ id: p.orderId });
    if (!order) return 'not-mine';
    if (order.paymentStatus === ProcurementPaymentStatus.PAID && order.outTradeNo === p.outTradeNo) return 'handled'; // a repeat
    const due = (order.acceptedFen ?? 0) - order.refundedFen;
    if (order.status === ProcurementOrderStatus.ACCEPTED && order.paymentStatus === ProcurementPaymentStatus.UNPAID && p.amountFen === due) {
      const won = await inTransaction(this.dataSource, async (m) => {
        const res = await m
          .createQueryBuilder()
          .update(ProcurementOrder)
          .set({ paymentStatus: ProcurementPaymentStatus.PAID, paymentMethod: ProcurementPaymentMethod.ALIPAY, paidAt: p.paidAt ?? new Date(), paidFen: p.amountFen, outTradeNo: p.outTradeNo, version: () => 'version + 1', updatedAt: new Date() })
          .where('id = :id AND status = :s AND paymentStatus = :ps AND refundedFen = :r', { id: order.id, s: ProcurementOrderStatus.ACCEPTED, ps: ProcurementPaymentStatus.UNPAID, r: order.refundedFen })
          .execute();
        if (res.affected !== 1) return false;
        await recordEvent(m, { orderId: order.id, type: ProcurementEventType.PAID, actor: PAYMENT_ACTOR, note: `支付宝支付 ${p.amountFen} 分，交易号 ${p.tradeNo}` });
        await this.audit.record({ actor: PAYMENT_ACTOR, action: 'procurement.payment.alipay_paid', subjectType: SUBJECT, subjectId: order.id, summary: `采购订单 ${order.orderNo} 支付宝到账 ${p.amountFen} 分`, after: { outTradeNo: p.outTradeNo, tradeNo: p.tradeNo }, agencyId: order.agencyId, supplierId: order.supplierId }, m);
        return true;
      });
      if (won) {
        await this.completion.tryComplete(order.id, PAYMENT_ACTOR);
        return 'handled';
      }
      const fresh = await this.dataSource.getRepository(ProcurementOrder).findOneByOrFail({ id: order.id });
      if (fresh.outTradeNo === p.outTradeNo) return 'handled'; // a concurrent repeat recorded it
    }
    // The order cannot take this payment (paid by transfer meanwhile, or the amount due changed):
    // the money moved, so it goes back in full; a failed refund is logged for operators.
    const outcome = await this.payments.refund({ orderId: order.id, outTradeNo: p.outTradeNo, refundNo: `PS${p.outTradeNo}`.slice(0, 64), amountFen: p.amountFen, reason: '采购订单无法接受的支付，原路退回' });
    this.logger.warn(`stray payment ${p.outTradeNo} for procurement order ${order.orderNo}: refund ${outcome.status}`);
    return 'handled';
  }

  /** The amount due of a payable order; 409 when it is not accepted, already paid, or has nothing due. */
  private assertPayable(order: ProcurementOrder): number {
    if (order.status !== ProcurementOrderStatus.ACCEPTED) {
      if (order.status === ProcurementOrderStatus.COMPLETED) throw AppError.conflict('ALREADY_PAID', '该订单已付款');
      throw notAccepted();
    }
    if (order.paymentStatus === ProcurementPaymentStatus.PAID) throw AppError.conflict('ALREADY_PAID', '该订单已付款');
    if (order.paymentStatus === ProcurementPaymentStatus.TRANSFER_DECLARED) throw AppError.conflict('TRANSFER_DECLARED', '已登记对公转账，等待供应商确认收款');
    const due = (order.acceptedFen ?? 0) - order.refundedFen;
    if (due <= 0) throw AppError.conflict('NOTHING_TO_PAY', '该订单没有应付金额');
    return due;
  }

  private async change(order: ProcurementOrder, from: ProcurementPaymentStatus, set: Partial<ProcurementOrder>, then: (m: import('typeorm').EntityManager) => Promise<void>): Promise<void> {
    const won = await inTransaction(this.dataSource, async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(ProcurementOrder)
        .set({ ...set, version: () => 'version + 1', updatedAt: new Date() })
        .where('id = :id AND status = :s AND paymentStatus = :from AND refundedFen = :r', { id: order.id, s: ProcurementOrderStatus.ACCEPTED, from, r: order.refundedFen })
        .execute();
      if (res.affected !== 1) return false;
      await then(m);
      return true;
    });
    if (!won) throw concurrentChange();
  }
}
