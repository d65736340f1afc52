import { HttpStatus } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError } from '../common/app-error';
import { CustomerOrder } from './customer-order.entity';
import { OrderActor, OrderEvent, OrderEventType } from './order-event.entity';
import { OrderStatus, orderStates, rollUp, SupplierOrderStatus, supplierOrderStates } from './order-status';
import { SupplierOrder } from './supplier-order.entity';

/** Who performs a step: recorded with every event. */
export interface Actor {
  kind: OrderActor;
  id: string | null;
}
export const SYSTEM: Actor = { kind: OrderActor.SYSTEM, id: null };
export const PAYMENT: Actor = { kind: OrderActor.PAYMENT, id: null };
export const buyer = (id: string): Actor => ({ kind: OrderActor.BUYER, id });
export const supplierStaff = (id: string): Actor => ({ kind: OrderActor.SUPPLIER, id });
export const operator = (id: string): Actor => ({ kind: OrderActor.OPERATOR, id });

export const concurrentUpdate = () => new AppError(HttpStatus.CONFLICT, 'CONCURRENT_UPDATE', '订单刚被其他操作更新，请刷新后重试');

export async function recordEvent(
  m: EntityManager,
  e: { orderId: string; supplierOrderId?: string | null; type: OrderEventType; from?: string | null; to?: string | null; actor: Actor; note?: string | null },
): Promise<void> {
  await m.save(
    m.create(OrderEvent, {
      orderId: e.orderId,
      supplierOrderId: e.supplierOrderId ?? null,
      type: e.type,
      fromStatus: e.from ?? null,
      toStatus: e.to ?? null,
      actor: e.actor.kind,
      actorId: e.actor.id,
      note: e.note ? e.note.slice(0, 300) : null,
    }),
  );
}

/**
 * Changes a supplier order with one conditional UPDATE on its version (optimistic lock): the
 * transition is checked against the table, and a concurrent change makes this one fail (409)
 * instead of overwriting it. `to` equal to the current status changes only the other columns.
 */
export async function updateSupplierOrder(
  m: EntityManager,
  so: SupplierOrder,
  to: SupplierOrderStatus,
  patch: Partial<Pick<SupplierOrder, 'openRefundId' | 'shippedAt' | 'autoConfirmAt' | 'completedAt'>>,
  event?: { type: OrderEventType; actor: Actor; note?: string | null },
): Promise<SupplierOrder> {
  if (to !== so.status) supplierOrderStates.assertTransition(so.status, to);
  const res = await m
    .createQueryBuilder()
    .update(SupplierOrder)
    .set({ ...patch, status: to, version: () => 'version + 1', updatedAt: new Date() })
    .where('id = :id AND version = :version', { id: so.id, version: so.version })
    .execute();
  if (res.affected !== 1) throw concurrentUpdate();
  if (event) await recordEvent(m, { orderId: so.orderId, supplierOrderId: so.id, type: event.type, from: so.status, to, actor: event.actor, note: event.note });
  return Object.assign(so, patch, { status: to, version: so.version + 1 });
}

/** Adds an amount to a supplier order's refundedFen (inside the transaction that holds its version). */
export async function addRefunded(m: EntityManager, supplierOrderId: string, orderId: string, amountFen: number): Promise<void> {
  if (!amountFen) return;
  await m.createQueryBuilder().update(SupplierOrder).set({ refundedFen: () => `refundedFen + ${Math.trunc(amountFen)}` }).where('id = :id', { id: supplierOrderId }).execute();
  await m.createQueryBuilder().update(CustomerOrder).set({ refundedFen: () => `refundedFen + ${Math.trunc(amountFen)}` }).where('id = :id', { id: orderId }).execute();
}

/**
 * Brings the customer order's status in line with its parts (rollUp), checked against the order's
 * transition table and written conditionally on the status read. Returns the new status.
 */
export async function syncOrderStatus(m: EntityManager, orderId: string, actor: Actor): Promise<OrderStatus> {
  const order = await m.findOneByOrFail(CustomerOrder, { id: orderId });
  const parts = await m.find(SupplierOrder, { select: { id: true, status: true }, where: { orderId } });
  const to = rollUp(parts.map((p) => p.status));
  if (to === order.status) return to;
  orderStates.assertTransition(order.status, to);
  const res = await m.update(CustomerOrder, { id: orderId, status: order.status }, { status: to, updatedAt: new Date() });
  if (res.affected !== 1) throw concurrentUpdate();
  await recordEvent(m, { orderId, type: OrderEventType.STATUS_CHANGED, from: order.status, to, actor });
  return to;
}

/** Supplier orders of a customer order in one of `statuses`. */
export function partsIn(m: EntityManager, orderId: string, statuses: SupplierOrderStatus[]): Promise<SupplierOrder[]> {
  return m.find(SupplierOrder, { where: { orderId, status: In(statuses) } });
}
