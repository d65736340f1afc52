import { randomInt } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { DomainEvents } from '../../common/domain-events';
import { inTransaction } from '../../database/transaction';
import { Principal } from '../../identity/principal';
import { PaymentsService } from '../../payments/payments.service';
import { Actor, recordEvent, SUBJECT } from './order-store';
import './procurement-events';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { ProcurementOrderStatus, ProcurementPaymentMethod, ProcurementPaymentStatus } from './procurement-order-status';
import { ProcurementRefund, ProcurementRefundMethod, ProcurementRefundStatus } from './procurement-refund.entity';

export interface RefundInput {
  amountFen: number;
  reason: string;
  /** Bank transfer: the reference of the transfer that returned the money. */
  reference?: string;
}

/**
 * Money going back after acceptance (a return agreed with the supplier), asked by the supplier or an
 * operator. The amount is reserved against acceptedFen − refundedFen with one conditional UPDATE,
 * so two refunds together can never exceed what was accepted. An Alipay-paid order is refunded
 * through the payments context (its reservation is given back if Alipay refuses); a transfer-paid
 * order records the offline return and its reference; an unpaid order simply owes less.
 */
@Injectable()
export class OrderRefunds {
  constructor(
    private readonly dataSource: DataSource,
    private readonly payments: PaymentsService,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
  ) {}

  async refund(me: Principal, order: ProcurementOrder, input: RefundInput): Promise<ProcurementRefund> {
    if (order.status !== ProcurementOrderStatus.ACCEPTED && order.status !== ProcurementOrderStatus.COMPLETED) throw AppError.conflict('NOT_ACCEPTED', '只有已验收的采购订单可以退款');
    if (order.paymentStatus === ProcurementPaymentStatus.TRANSFER_DECLARED) throw AppError.conflict('PAYMENT_IN_PROGRESS', '对公转账待确认收款，确认后再办理退款');
    const room = (order.acceptedFen ?? 0) - order.refundedFen;
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen < 1 || input.amountFen > room) {
      throw AppError.badRequest('REFUND_TOO_LARGE', `退款金额必须在 1 到 ${room} 分之间（验收金额减去已退款）`, { maxFen: room });
    }
    const paid = order.paymentStatus === ProcurementPaymentStatus.PAID;
    const method = !paid ? ProcurementRefundMethod.NONE : order.paymentMethod === ProcurementPaymentMethod.ALIPAY ? ProcurementRefundMethod.ALIPAY : ProcurementRefundMethod.BANK_TRANSFER;
    const reference = input.reference?.trim().slice(0, 64) || null;
    if (method === ProcurementRefundMethod.BANK_TRANSFER && !reference) throw AppError.badRequest('REFERENCE_REQUIRED', '对公转账付款的订单退款须填写退款转账流水号');
    const actor: Actor = { userId: me.id, name: me.name };
    const refundNo = `PR${order.orderNo}${String(randomInt(0, 10_000)).padStart(4, '0')}`;

    const refund = await inTransaction(this.dataSource, async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(ProcurementOrder)
        .set({ refundedFen: () => 'refundedFen + :n', version: () => 'version + 1', updatedAt: new Date() })
        .where('id = :id AND status IN (:...st) AND paymentStatus = :ps AND refundedFen + :n <= acceptedFen', { id: order.id, n: input.amountFen, st: [ProcurementOrderStatus.ACCEPTED, ProcurementOrderStatus.COMPLETED], ps: order.paymentStatus })
        .execute();
      if (res.affected !== 1) throw AppError.conflict('CONCURRENT_UPDATE', '订单刚被其他人修改（可能已有退款），请刷新后重试');
      return m.save(
        m.create(ProcurementRefund, {
          orderId: order.id,
          refundNo,
          amountFen: input.amountFen,
          reason: input.reason.slice(0, 200),
          method,
          reference,
          // An Alipay refund is SUCCEEDED only once Alipay says so (below).
          status: method === ProcurementRefundMethod.ALIPAY ? ProcurementRefundStatus.PENDING : ProcurementRefundStatus.SUCCEEDED,
          failureMessage: null,
          actorUserId: me.id,
          actorName: me.name.slice(0, 60),
        }),
      );
    });

    if (method === ProcurementRefundMethod.ALIPAY) {
      const outcome = await this.payments.refund({ orderId: order.id, outTradeNo: order.outTradeNo!, refundNo, amountFen: input.amountFen, reason: input.reason.slice(0, 200) });
      if (outcome.status !== 'SUCCEEDED') {
        await inTransaction(this.dataSource, async (m) => {
          await m.update(ProcurementRefund, { id: refund.id }, { status: ProcurementRefundStatus.FAILED, failureMessage: (outcome.message ?? '支付宝退款失败').slice(0, 200), updatedAt: new Date() });
          await m.createQueryBuilder().update(ProcurementOrder).set({ refundedFen: () => 'refundedFen - :n', version: () => 'version + 1', updatedAt: new Date() }).where('id = :id', { id: order.id, n: input.amountFen }).execute();
        });
        throw new AppError(HttpStatus.BAD_GATEWAY, 'REFUND_FAILED', `支付宝退款失败：${outcome.message ?? '未知原因'}`);
      }
      await this.dataSource.getRepository(ProcurementRefund).update({ id: refund.id }, { status: ProcurementRefundStatus.SUCCEEDED, failureMessage: null, updatedAt: new Date() });
    }

    const fresh = await this.dataSource.getRepository(ProcurementOrder).findOneByOrFail({ id: order.id });
    const how = { NONE: '未付款，冲减应付', BANK_TRANSFER: `对公转账退回（流水号 ${reference}）`, ALIPAY: '支付宝原路退回' }[method];
    await inTransaction(this.dataSource, async (m) => {
      await recordEvent(m, { orderId: order.id, type: ProcurementEventType.REFUNDED, actor, note: `退款 ${input.amountFen} 分，${how}：${input.reason}` });
      await this.audit.record(
        {
          actor,
          action: 'procurement.order.refunded',
          subjectType: SUBJECT,
          subjectId: order.id,
          summary: `采购订单 ${order.orderNo} 退款 ${input.amountFen} 分（${how}）`,
          before: { refundedFen: order.refundedFen },
          after: { refundedFen: fresh.refundedFen, refundNo, method, reference, reason: input.reason },
          agencyId: order.agencyId,
          supplierId: order.supplierId,
        },
        m,
      );
    });
    await this.events.publish('procurement.order.refunded', { orderId: order.id, agencyId: order.agencyId, refundedAt: new Date(), amountFen: input.amountFen, totalRefundedFen: fresh.refundedFen });
    return this.dataSource.getRepository(ProcurementRefund).findOneByOrFail({ id: refund.id });
  }

  list(orderId: string): Promise<ProcurementRefund[]> {
    return this.dataSource.getRepository(ProcurementRefund).find({ where: { orderId }, order: { createdAt: 'ASC' } });
  }
}
