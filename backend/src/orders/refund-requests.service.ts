import { randomInt } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { ActorRef, actorIdOf, AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { inTransaction } from '../database/transaction';
import { CustomerOrder } from './customer-order.entity';
import { ItemQuantityInput, RefundRequestDto } from './dto';
import { unitShare, yuan } from './money';
import { OrderEventType } from './order-event.entity';
import { OrderItem } from './order-item.entity';
import { OrderLifecycle } from './order-lifecycle.service';
import { RefundKind, RefundStatus, refundStates, SupplierOrderStatus } from './order-status';
import { Actor, buyer, recordEvent, supplierStaff, updateSupplierOrder } from './order-transitions';
import { RefundExecution } from './refund-execution.service';
import { RefundLine, RefundRequest } from './refund-request.entity';
import { SupplierOrder } from './supplier-order.entity';

/** Parts in which a buyer may ask for money back (paid, whether or not shipped or received). */
const REFUNDABLE: SupplierOrderStatus[] = [SupplierOrderStatus.PAID, SupplierOrderStatus.PARTIALLY_SHIPPED, SupplierOrderStatus.SHIPPED, SupplierOrderStatus.COMPLETED];

/**
 * After-sales (售后): a buyer asks for units of one supplier order back with a reason; the co-op
 * approves or rejects; approval sends the refund (RefundExecution). Units that never left come from
 * the unshipped pool first and return to stock; shipped units do not (the co-op checks what comes
 * back and corrects its stock itself). One request per supplier order at a time; while it is open,
 * the part can't ship and doesn't auto-confirm.
 */
@Injectable()
export class RefundRequests {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(RefundRequest) private readonly refunds: Repository<RefundRequest>,
    @InjectRepository(SupplierOrder) private readonly parts: Repository<SupplierOrder>,
    @InjectRepository(OrderItem) private readonly items: Repository<OrderItem>,
    private readonly lifecycle: OrderLifecycle,
    private readonly execution: RefundExecution,
    private readonly audit: AuditLog,
  ) {}

  async request(userId: string, orderId: string, dto: RefundRequestDto): Promise<RefundRequest> {
    const order = await this.lifecycle.requireOwn(userId, orderId);
    const part = await this.parts.findOneBy({ id: dto.supplierOrderId, orderId: order.id });
    if (!part) throw AppError.notFound('子订单');
    if (!REFUNDABLE.includes(part.status)) {
      throw new AppError(HttpStatus.CONFLICT, 'REFUND_NOT_ALLOWED', part.status === SupplierOrderStatus.PENDING_PAYMENT ? '订单尚未支付，可直接取消订单' : '该子订单当前不能申请退款', { status: part.status });
    }
    if (part.openRefundId) throw AppError.conflict('REFUND_PENDING', '该子订单已有处理中的退款申请');
    const lines = this.lines(order, await this.items.find({ where: { supplierOrderId: part.id } }), dto.lines);
    const amountFen = lines.reduce((a, l) => a + l.amountFen, 0);
    const subsidyFen = lines.reduce((a, l) => a + l.subsidyFen, 0);
    const kind = lines.every((l) => l.restockQty === l.quantity) ? RefundKind.BEFORE_SHIPMENT : RefundKind.AFTER_SHIPMENT;
    return inTransaction(this.dataSource, async (m) => {
      const refund = await m.save(
        m.create(RefundRequest, {
          refundNo: `R${order.orderNo}${randomInt(1000, 10000)}`,
          orderId: order.id,
          supplierOrderId: part.id,
          supplierId: part.supplierId,
          kind,
          status: RefundStatus.REQUESTED,
          reason: dto.reason.trim(),
          lines,
          amountFen,
          subsidyFen,
          outTradeNo: order.outTradeNo!,
          strayOutTradeNo: null,
          requestedById: userId,
          decidedById: null,
          decidedAt: null,
          rejectReason: null,
          refundedAt: null,
          failureMessage: null,
          attempts: 0,
        }),
      );
      // Conditional on the part's version: a parcel shipped meanwhile makes this request fail (409), not double-count.
      await updateSupplierOrder(m, part, part.status, { openRefundId: refund.id });
      await recordEvent(m, { orderId: order.id, supplierOrderId: part.id, type: OrderEventType.REFUND_REQUESTED, to: RefundStatus.REQUESTED, actor: buyer(userId), note: `${refund.refundNo}：${refund.reason}（${amountFen} 分）` });
      return refund;
    });
  }

  async withdraw(userId: string, orderId: string, refundId: string): Promise<RefundRequest> {
    const order = await this.lifecycle.requireOwn(userId, orderId);
    const refund = await this.refunds.findOneBy({ id: refundId, orderId: order.id });
    if (!refund || refund.kind === RefundKind.STRAY_PAYMENT) throw AppError.notFound('退款申请');
    return this.close(refund, RefundStatus.WITHDRAWN, buyer(userId), OrderEventType.REFUND_WITHDRAWN, '买家撤销退款申请');
  }

  async approve(supplierId: string, actor: ActorRef, refundId: string): Promise<RefundRequest> {
    const actorId = actorIdOf(actor)!;
    const refund = await this.requireOwn(supplierId, refundId);
    refundStates.assertTransition(refund.status, RefundStatus.APPROVED);
    await inTransaction(this.dataSource, async (m) => {
      const now = new Date();
      const res = await m.update(RefundRequest, { id: refund.id, status: RefundStatus.REQUESTED }, { status: RefundStatus.APPROVED, decidedById: actorId, decidedAt: now, updatedAt: now });
      if (res.affected !== 1) throw refundStates.error(RefundStatus.APPROVED, RefundStatus.APPROVED, '退款申请已被处理');
      await recordEvent(m, { orderId: refund.orderId, supplierOrderId: refund.supplierOrderId, type: OrderEventType.REFUND_APPROVED, from: RefundStatus.REQUESTED, to: RefundStatus.APPROVED, actor: supplierStaff(actorId), note: refund.refundNo });
      await this.audit.record({ actor, action: 'refund.approve', subjectType: 'refund_request', subjectId: refund.id, supplierId: refund.supplierId, summary: `同意退款申请 ${refund.refundNo}（${yuan(refund.amountFen)} 元）：${refund.reason}`, before: { status: RefundStatus.REQUESTED }, after: { status: RefundStatus.APPROVED, amountFen: refund.amountFen } }, m);
    });
    return this.execution.execute(refund.id, supplierStaff(actorId), actor);
  }

  async reject(supplierId: string, actor: ActorRef, refundId: string, reason: string): Promise<RefundRequest> {
    const refund = await this.requireOwn(supplierId, refundId);
    return this.close(refund, RefundStatus.REJECTED, supplierStaff(actorIdOf(actor)!), OrderEventType.REFUND_REJECTED, reason.trim(), actor);
  }

  async requireOwn(supplierId: string, refundId: string): Promise<RefundRequest> {
    const refund = await this.refunds.findOneBy({ id: refundId, supplierId });
    if (!refund) throw AppError.notFound('退款申请');
    return refund;
  }

  /** REQUESTED → REJECTED / WITHDRAWN; the part is free to ship again. */
  private async close(refund: RefundRequest, to: RefundStatus.REJECTED | RefundStatus.WITHDRAWN, actor: Actor, type: OrderEventType, note: string, who?: ActorRef): Promise<RefundRequest> {
    refundStates.assertTransition(refund.status, to);
    await inTransaction(this.dataSource, async (m) => {
      const now = new Date();
      const res = await m.update(
        RefundRequest,
        { id: refund.id, status: RefundStatus.REQUESTED },
        { status: to, ...(to === RefundStatus.REJECTED ? { rejectReason: note.slice(0, 200), decidedById: actor.id, decidedAt: now } : {}), updatedAt: now },
      );
      if (res.affected !== 1) throw refundStates.error(RefundStatus.APPROVED, to, '退款申请已被处理');
      const part = await m.findOneByOrFail(SupplierOrder, { id: refund.supplierOrderId! });
      if (part.openRefundId === refund.id) await updateSupplierOrder(m, part, part.status, { openRefundId: null });
      await recordEvent(m, { orderId: refund.orderId, supplierOrderId: refund.supplierOrderId, type, from: RefundStatus.REQUESTED, to, actor, note: `${refund.refundNo}：${note}` });
      // A buyer withdrawing their own request is not a decision; a co-op's rejection is.
      if (to === RefundStatus.REJECTED) {
        await this.audit.record({ actor: who ?? actor.id, action: 'refund.reject', subjectType: 'refund_request', subjectId: refund.id, supplierId: refund.supplierId, summary: `拒绝退款申请 ${refund.refundNo}（${yuan(refund.amountFen)} 元）：${note}`, before: { status: RefundStatus.REQUESTED }, after: { status: to, rejectReason: note.slice(0, 200) } }, m);
      }
    });
    return (await this.refunds.findOneBy({ id: refund.id }))!;
  }

  /** Refund lines with server-computed amounts; all refundable units when none are named. */
  private lines(order: CustomerOrder, items: OrderItem[], wanted?: ItemQuantityInput[]): RefundLine[] {
    const byId = new Map(items.map((i) => [i.id, i]));
    const asked = new Map<string, number>();
    if (wanted) {
      for (const w of wanted) {
        const id = w.orderItemId.toLowerCase();
        if (!byId.has(id)) throw AppError.badRequest('ITEM_NOT_IN_ORDER', '退款商品不属于该子订单', { orderItemId: w.orderItemId });
        asked.set(id, (asked.get(id) ?? 0) + w.quantity);
      }
    } else {
      for (const i of items) if (i.quantity - i.refundedQty > 0) asked.set(i.id, i.quantity - i.refundedQty);
    }
    const lines: RefundLine[] = [];
    for (const [id, q] of asked) {
      const item = byId.get(id)!;
      const unshipped = item.quantity - item.shippedQty - item.restockedQty;
      const refundable = item.quantity - item.refundedQty;
      if (q > refundable) throw AppError.badRequest('REFUND_QTY_EXCEEDED', `「${item.productName} ${item.spec}」最多可退 ${refundable} ${item.unit}`, { orderItemId: id, refundable });
      const payable = item.lineFen - item.discountFen;
      lines.push({
        orderItemId: id,
        quantity: q,
        restockQty: Math.min(q, unshipped),
        amountFen: unitShare(payable, item.quantity, item.refundedQty, q),
        subsidyFen: unitShare(item.discountFen, item.quantity, item.refundedQty, q),
      });
    }
    if (!lines.length) throw AppError.conflict('NOTHING_TO_REFUND', '没有可退款的商品');
    void order;
    return lines;
  }
}

/** Refund requests of a supplier (for its after-sales queue). */
export function supplierRefundsWhere(supplierId: string, status?: RefundStatus) {
  return { supplierId, ...(status ? { status } : { status: In([RefundStatus.REQUESTED, RefundStatus.APPROVED, RefundStatus.FAILED, RefundStatus.REFUNDED, RefundStatus.REJECTED, RefundStatus.WITHDRAWN]) }) };
}
