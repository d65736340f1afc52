import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { StockService } from '../catalog/stock.service';
import { ActorRef, AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainEvents } from '../common/domain-events';
import { inTransaction } from '../database/transaction';
import { PaymentsService } from '../payments/payments.service';
import { CouponsService } from '../promotions/coupons.service';
import { CustomerOrder } from './customer-order.entity';
import { recordRefund } from './ledger-writer';
import { yuan } from './money';
import { OrderEventType } from './order-event.entity';
import './order-events';
import { OrderItem } from './order-item.entity';
import { OrderStatus, RefundKind, RefundStatus, refundStates, SupplierOrderStatus } from './order-status';
import { Actor, addRefunded, recordEvent, syncOrderStatus, updateSupplierOrder } from './order-transitions';
import { RefundRequest } from './refund-request.entity';
import { SupplierOrder } from './supplier-order.entity';

/**
 * Sends an approved refund to the payment provider and, once it succeeded, applies it exactly once
 * (conditional APPROVED|FAILED → REFUNDED): items and amounts, stock for units that never left,
 * the supplier's ledger, the part's and the order's status, and the coupon when the whole order
 * ends refunded. A failed call leaves the request FAILED for a retry (the refund number makes the
 * provider's side idempotent).
 */
@Injectable()
export class RefundExecution {
  private readonly logger = new Logger(RefundExecution.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly payments: PaymentsService,
    private readonly stock: StockService,
    private readonly coupons: CouponsService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLog,
  ) {}

  /** `who` names the actor for the audit log; without it the order actor's user (or the system) is used. */
  async execute(refundId: string, actor: Actor, who: ActorRef = actor.id): Promise<RefundRequest> {
    const repo = this.dataSource.getRepository(RefundRequest);
    const refund = await repo.findOneBy({ id: refundId });
    if (!refund) throw AppError.notFound('退款申请');
    if (refund.status !== RefundStatus.APPROVED && refund.status !== RefundStatus.FAILED) throw refundStates.error(refund.status, RefundStatus.REFUNDED);
    let outcome: { status: 'SUCCEEDED' | 'FAILED'; message?: string };
    if (refund.amountFen <= 0) outcome = { status: 'SUCCEEDED' };
    else {
      try {
        outcome = await this.payments.refund({ orderId: refund.orderId, outTradeNo: refund.outTradeNo, refundNo: refund.refundNo, amountFen: refund.amountFen, reason: refund.reason });
      } catch (err) {
        outcome = { status: 'FAILED', message: (err as Error)?.message ?? String(err) };
      }
    }
    if (outcome.status !== 'SUCCEEDED') {
      await inTransaction(this.dataSource, async (m) => {
        const res = await m
          .createQueryBuilder()
          .update(RefundRequest)
          .set({ status: RefundStatus.FAILED, failureMessage: (outcome.message ?? '退款失败').slice(0, 300), attempts: () => 'attempts + 1', updatedAt: new Date() })
          .where('id = :id AND status = :status', { id: refund.id, status: refund.status })
          .execute();
        if (res.affected !== 1) return;
        await recordEvent(m, { orderId: refund.orderId, supplierOrderId: refund.supplierOrderId, type: OrderEventType.REFUND_FAILED, from: refund.status, to: RefundStatus.FAILED, actor, note: `${refund.refundNo}：${outcome.message ?? '退款失败'}` });
        await this.audit.record({ actor: who, action: 'refund.fail', subjectType: 'refund_request', subjectId: refund.id, supplierId: refund.supplierId, summary: `退款 ${refund.refundNo}（${yuan(refund.amountFen)} 元）失败：${outcome.message ?? '退款失败'}`, before: { status: refund.status }, after: { status: RefundStatus.FAILED } }, m);
      });
      this.logger.warn(`refund ${refund.refundNo} failed: ${outcome.message}`);
      return (await repo.findOneBy({ id: refund.id }))!;
    }
    const refundedItems = await inTransaction(this.dataSource, async (m) => {
      const now = new Date();
      const res = await m
        .createQueryBuilder()
        .update(RefundRequest)
        .set({ status: RefundStatus.REFUNDED, refundedAt: now, failureMessage: null, attempts: () => 'attempts + 1', updatedAt: now })
        .where('id = :id AND status IN (:...from)', { id: refund.id, from: [RefundStatus.APPROVED, RefundStatus.FAILED] })
        .execute();
      if (res.affected !== 1) return null; // applied already (a concurrent retry)
      await recordEvent(m, { orderId: refund.orderId, supplierOrderId: refund.supplierOrderId, type: OrderEventType.REFUNDED, from: refund.status, to: RefundStatus.REFUNDED, actor, note: `${refund.refundNo} 退款 ${refund.amountFen} 分` });
      await this.audit.record({ actor: who, action: 'refund.execute', subjectType: 'refund_request', subjectId: refund.id, supplierId: refund.supplierId, summary: `退款 ${refund.refundNo} 已退回 ${yuan(refund.amountFen)} 元`, before: { status: refund.status }, after: { status: RefundStatus.REFUNDED, amountFen: refund.amountFen } }, m);
      if (refund.kind === RefundKind.STRAY_PAYMENT) return [];
      return this.apply(m, refund, actor, now);
    });
    if (refundedItems?.length) await this.events.publish('orders.items.refunded', { orderId: refund.orderId, items: refundedItems });
    return (await repo.findOneBy({ id: refund.id }))!;
  }

  private async apply(m: import('typeorm').EntityManager, refund: RefundRequest, actor: Actor, now: Date): Promise<{ productId: string; quantity: number }[]> {
    const order = await m.findOneByOrFail(CustomerOrder, { id: refund.orderId });
    const part = await m.findOneByOrFail(SupplierOrder, { id: refund.supplierOrderId! });
    const items = await m.find(OrderItem, { where: { id: In(refund.lines.map((l) => l.orderItemId)) } });
    const byId = new Map(items.map((i) => [i.id, i]));
    const sold = new Map<string, number>();
    for (const line of refund.lines) {
      const item = byId.get(line.orderItemId)!;
      await m
        .createQueryBuilder()
        .update(OrderItem)
        .set({
          refundedQty: () => `refundedQty + ${Math.trunc(line.quantity)}`,
          restockedQty: () => `restockedQty + ${Math.trunc(line.restockQty)}`,
          refundedFen: () => `refundedFen + ${Math.trunc(line.amountFen)}`,
          updatedAt: now,
        })
        .where('id = :id', { id: item.id })
        .execute();
      if (line.restockQty > 0) await this.stock.giveBack(m, item.skuId, line.restockQty);
      sold.set(item.productId, (sold.get(item.productId) ?? 0) + line.quantity);
    }
    await addRefunded(m, part.id, order.id, refund.amountFen);
    await recordRefund(m, order, part, refund, now);

    // The part's status after the refund: all units refunded → REFUNDED; the rest all shipped → SHIPPED.
    const after = await m.find(OrderItem, { where: { supplierOrderId: part.id } });
    const allRefunded = after.every((i) => i.refundedQty >= i.quantity);
    const unshipped = after.reduce((a, i) => a + (i.quantity - i.shippedQty - i.restockedQty), 0);
    let to = part.status;
    const patch: Partial<SupplierOrder> = { openRefundId: null };
    if (allRefunded) to = SupplierOrderStatus.REFUNDED;
    else if ((part.status === SupplierOrderStatus.PAID || part.status === SupplierOrderStatus.PARTIALLY_SHIPPED) && unshipped === 0 && after.some((i) => i.shippedQty > 0)) {
      to = SupplierOrderStatus.SHIPPED;
      patch.shippedAt = now;
      patch.autoConfirmAt = new Date(now.getTime() + this.config.orders.autoConfirmDays * 86_400_000);
    }
    await updateSupplierOrder(m, part, to, patch, to !== part.status ? { type: OrderEventType.STATUS_CHANGED, actor } : undefined);
    const status = await syncOrderStatus(m, order.id, actor);
    if (status === OrderStatus.REFUNDED && order.couponId) await this.coupons.release(m, order.couponId, order.id);
    return [...sold].map(([productId, quantity]) => ({ productId, quantity }));
  }
}
