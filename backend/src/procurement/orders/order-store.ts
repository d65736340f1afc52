import { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import { AuditActor } from '../../audit/audit-log.service';
import { ProcurementEventType, ProcurementOrderEvent } from './procurement-order-event.entity';
import { ProcurementOrderLine } from './procurement-order-line.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { procurementOrderStates, ProcurementOrderStatus } from './procurement-order-status';
import { todayInShanghai } from '../../common/validators';

/** Who acted on an order (a person, or the system's jobs with userId null). */
export type Actor = AuditActor;

/** The audit log's subject type of a procurement order (lower snake, like every other subject type). */
export const SUBJECT = 'procurement_order';

/** Appends one line to the order's history, on the caller's transaction. */
export async function recordEvent(
  m: EntityManager,
  e: { orderId: string; type: ProcurementEventType; from?: string | null; to?: string | null; actor: Actor; note?: string | null; at?: Date },
): Promise<void> {
  await m.save(
    m.create(ProcurementOrderEvent, {
      orderId: e.orderId,
      type: e.type,
      fromStatus: e.from ?? null,
      toStatus: e.to ?? null,
      actorUserId: e.actor.userId,
      actorName: e.actor.name.slice(0, 60),
      note: e.note ? e.note.slice(0, 300) : null,
      at: e.at ?? new Date(),
    }),
  );
}

/**
 * Moves the order to `to` if the transition table allows it, with ONE conditional UPDATE on the
 * status and version the caller read: false when someone else changed the order in between (the
 * caller then answers 409 or skips, never writes over the other change).
 */
export async function moveStatus(m: EntityManager, order: ProcurementOrder, to: ProcurementOrderStatus, set: Partial<ProcurementOrder> = {}): Promise<boolean> {
  procurementOrderStates.assertTransition(order.status, to);
  const res = await m
    .createQueryBuilder()
    .update(ProcurementOrder)
    .set({ ...set, status: to, version: order.version + 1, updatedAt: new Date() })
    .where('id = :id AND status = :from AND version = :v', { id: order.id, from: order.status, v: order.version })
    .execute();
  return res.affected === 1;
}

/** Changes sub-state columns (invoice, payment) under the same optimistic lock. */
export async function updateVersioned(m: EntityManager, order: ProcurementOrder, set: Partial<ProcurementOrder>): Promise<boolean> {
  const res = await m
    .createQueryBuilder()
    .update(ProcurementOrder)
    .set({ ...set, version: order.version + 1, updatedAt: new Date() })
    .where('id = :id AND version = :v', { id: order.id, v: order.version })
    .execute();
  return res.affected === 1;
}

export const concurrentChange = () => AppError.conflict('CONCURRENT_UPDATE', '订单刚被其他人修改，请刷新后重试');

export const linesOf = (m: EntityManager, orderId: string) => m.find(ProcurementOrderLine, { where: { orderId }, order: { productName: 'ASC', spec: 'ASC' } });

/** Shanghai business day of an instant. */
export function shanghaiDay(at: Date): string {
  return todayInShanghai(at);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
