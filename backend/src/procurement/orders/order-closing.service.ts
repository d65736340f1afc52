import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { StockService } from '../../catalog/stock.service';
import { inTransaction } from '../../database/transaction';
import { Actor, concurrentChange, linesOf, moveStatus, recordEvent, SUBJECT } from './order-store';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { ProcurementOrderStatus } from './procurement-order-status';

export interface CloseInput {
  to: ProcurementOrderStatus.CANCELLED | ProcurementOrderStatus.REJECTED;
  type: ProcurementEventType;
  action: string;
  actor: Actor;
  reason: string;
  set?: Partial<ProcurementOrder>;
}

/**
 * Ends an order before delivery (rejected, cancelled, declined, auto-cancelled) and gives its
 * reserved stock back. The status UPDATE is conditional on the status and version read, and the
 * stock goes back in the same transaction, so whoever wins the race returns the stock once; the
 * loser changes nothing.
 */
@Injectable()
export class OrderClosing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stock: StockService,
    private readonly audit: AuditLog,
  ) {}

  /** Throws 409 when the order changed meanwhile. */
  async close(order: ProcurementOrder, input: CloseInput): Promise<void> {
    const won = await inTransaction(this.dataSource, (m) => this.closeIn(m, order, input));
    if (!won) throw concurrentChange();
  }

  /** False (nothing written) when another transaction changed the order first. */
  async closeIn(m: EntityManager, order: ProcurementOrder, input: CloseInput): Promise<boolean> {
    const now = new Date();
    const set: Partial<ProcurementOrder> =
      input.to === ProcurementOrderStatus.REJECTED ? { rejectReason: input.reason.slice(0, 200), ...input.set } : { cancelledAt: now, cancelReason: input.reason.slice(0, 200), ...input.set };
    if (!(await moveStatus(m, order, input.to, set))) return false;
    const lines = await linesOf(m, order.id);
    for (const l of lines) await this.stock.giveBack(m, l.skuId, l.quantity);
    await recordEvent(m, { orderId: order.id, type: input.type, from: order.status, to: input.to, actor: input.actor, note: input.reason, at: now });
    await this.audit.record(
      {
        actor: input.actor,
        action: input.action,
        subjectType: SUBJECT,
        subjectId: order.id,
        summary: `采购订单 ${order.orderNo}：${input.reason}`.slice(0, 300),
        before: { status: order.status },
        after: { status: input.to, reason: input.reason, stockReturned: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })) },
        agencyId: order.agencyId,
        supplierId: order.supplierId,
      },
      m,
    );
    return true;
  }
}
