import { randomInt } from 'node:crypto';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { DomainEvents } from '../common/domain-events';
import { isUniqueViolation } from '../database/dialect';
import { inTransaction } from '../database/transaction';
import { PaymentsService } from '../payments/payments.service';
import { CustomerOrder } from './customer-order.entity';
import { recordSale } from './ledger-writer';
import { OrderEventType } from './order-event.entity';
import './order-events';
import { OrderItem } from './order-item.entity';
import { OrderLifecycle } from './order-lifecycle.service';
import { OrderStatus, RefundKind, RefundStatus, SupplierOrderStatus } from './order-status';
import { PAYMENT, recordEvent } from './order-transitions';
import { RefundExecution } from './refund-execution.service';
import { RefundRequest } from './refund-request.entity';
import { SupplierOrder } from './supplier-order.entity';
import { PayResult } from './views';

export interface PaidNotice {
  orderId: string;
  outTradeNo: string;
  amountFen: number;
  tradeNo: string;
  paidAt: Date;
}

/**
 * The order side of payment. Paying starts an attempt with the payments context; being paid is its
 * callback (registered at start-up), which is idempotent: the order moves PENDING_PAYMENT → PAID
 * with one conditional UPDATE, so the notification, its repeats and a reconciliation query record
 * one payment. A payment that arrives for an order already cancelled (it expired while the buyer
 * was at the cashier) is recorded and returned in full automatically — never dropped, never revived.
 */
@Injectable()
export class OrderPayments implements OnModuleInit {
  private readonly logger = new Logger(OrderPayments.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CustomerOrder) private readonly orders: Repository<CustomerOrder>,
    @InjectRepository(OrderItem) private readonly items: Repository<OrderItem>,
    private readonly payments: PaymentsService,
    private readonly lifecycle: OrderLifecycle,
    private readonly refunds: RefundExecution,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.payments.onPaid((p) => this.handlePaid(p));
  }

  async pay(userId: string, orderId: string, device: 'page' | 'wap'): Promise<PayResult> {
    const order = await this.lifecycle.requireOwn(userId, orderId);
    this.lifecycle.assertPayable(order);
    return this.payments.start({ orderId: order.id, orderNo: order.orderNo, amountFen: order.payableFen, subject: await this.subject(order), device });
  }

  private async subject(order: CustomerOrder): Promise<string> {
    const items = await this.items.find({ where: { orderId: order.id }, order: { createdAt: 'ASC' } });
    const first = items[0]?.productName ?? '帮扶商品';
    return `帮扶集市 ${first}${items.length > 1 ? ` 等${items.length}件` : ''}`.slice(0, 128);
  }

  /**
   * The payments context tells us an order was paid. Throwing makes the notification answer
   * `failure` (retried); an order id that is not a customer order is another context's ('not-mine').
   */
  async handlePaid(p: PaidNotice): Promise<'not-mine' | void> {
    const order = await this.orders.findOneBy({ id: p.orderId });
    if (!order) return 'not-mine';
    if (order.outTradeNo === p.outTradeNo && order.paidAt) return; // a repeat: already recorded
    if (p.amountFen === order.payableFen) {
      const paid = await inTransaction(this.dataSource, async (m) => {
        const now = new Date();
        const won = await m.update(
          CustomerOrder,
          { id: order.id, status: OrderStatus.PENDING_PAYMENT },
          { status: OrderStatus.PAID, paidAt: p.paidAt ?? now, outTradeNo: p.outTradeNo, tradeNo: p.tradeNo, updatedAt: now },
        );
        if (won.affected !== 1) return false;
        const fresh = await m.findOneByOrFail(CustomerOrder, { id: order.id });
        const parts = await m.find(SupplierOrder, { where: { orderId: order.id } });
        for (const part of parts) {
          const res = await m
            .createQueryBuilder()
            .update(SupplierOrder)
            .set({ status: SupplierOrderStatus.PAID, version: () => 'version + 1', updatedAt: now })
            .where('id = :id AND status = :from', { id: part.id, from: SupplierOrderStatus.PENDING_PAYMENT })
            .execute();
          if (res.affected !== 1) throw new Error(`supplier order ${part.id} was not awaiting payment`);
          part.status = SupplierOrderStatus.PAID;
          await recordSale(m, fresh, part, p.paidAt ?? now);
          await recordEvent(m, { orderId: order.id, supplierOrderId: part.id, type: OrderEventType.PAID, from: SupplierOrderStatus.PENDING_PAYMENT, to: SupplierOrderStatus.PAID, actor: PAYMENT });
        }
        await recordEvent(m, { orderId: order.id, type: OrderEventType.PAID, from: OrderStatus.PENDING_PAYMENT, to: OrderStatus.PAID, actor: PAYMENT, note: `支付宝交易号 ${p.tradeNo}` });
        return true;
      });
      if (paid) {
        await this.publishSold(order.id);
        return;
      }
      const now = (await this.orders.findOneBy({ id: order.id }))!;
      if (now.outTradeNo === p.outTradeNo) return; // a concurrent repeat recorded it
    }
    await this.recordStray(order, p);
  }

  /** A payment the order cannot take (cancelled already, or a different amount): kept, and returned in full. */
  private async recordStray(order: CustomerOrder, p: PaidNotice): Promise<void> {
    let refund: RefundRequest;
    try {
      refund = await inTransaction(this.dataSource, async (m) => {
        const r = await m.save(
          m.create(RefundRequest, {
            refundNo: `S${order.orderNo}${randomInt(1000, 10000)}`,
            orderId: order.id,
            supplierOrderId: null,
            supplierId: null,
            kind: RefundKind.STRAY_PAYMENT,
            status: RefundStatus.APPROVED,
            reason: order.status === OrderStatus.CANCELLED ? '订单已取消后到账的支付，原路退回' : '与订单金额不符的支付，原路退回',
            lines: [],
            amountFen: p.amountFen,
            subsidyFen: 0,
            outTradeNo: p.outTradeNo,
            strayOutTradeNo: p.outTradeNo,
            requestedById: null,
            decidedById: null,
            decidedAt: new Date(),
            rejectReason: null,
            refundedAt: null,
            failureMessage: null,
            attempts: 0,
          }),
        );
        await recordEvent(m, { orderId: order.id, type: OrderEventType.STRAY_PAYMENT, actor: PAYMENT, note: `支付 ${p.outTradeNo}（${p.amountFen} 分）到账时订单为「${order.status}」，已登记原路退款 ${r.refundNo}` });
        return r;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      refund = (await this.dataSource.getRepository(RefundRequest).findOneBy({ strayOutTradeNo: p.outTradeNo }))!;
    }
    this.logger.warn(`stray payment ${p.outTradeNo} for order ${order.orderNo} (${order.status}); refund ${refund.refundNo}`);
    // The payment is recorded whatever the refund call does; a failed refund stays for operators to retry.
    if (refund.status === RefundStatus.APPROVED || refund.status === RefundStatus.FAILED) await this.refunds.execute(refund.id, PAYMENT).catch((err) => this.logger.error({ err }, 'stray refund failed'));
  }

  private async publishSold(orderId: string): Promise<void> {
    const items = await this.items.find({ where: { orderId } });
    const per = new Map<string, number>();
    for (const i of items) per.set(i.productId, (per.get(i.productId) ?? 0) + i.quantity);
    await this.events.publish('orders.order.paid', { orderId, items: [...per].map(([productId, quantity]) => ({ productId, quantity })) });
  }
}
