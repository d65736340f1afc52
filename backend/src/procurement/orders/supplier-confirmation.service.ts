import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { inTransaction } from '../../database/transaction';
import { Principal } from '../../identity/principal';
import { ContractSnapshots } from './contract.service';
import { OrderAccess } from './order-access.service';
import { OrderClosing } from './order-closing.service';
import { concurrentChange, linesOf, moveStatus, recordEvent, SUBJECT } from './order-store';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrderLine } from './procurement-order-line.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { procurementOrderStates, ProcurementOrderStatus } from './procurement-order-status';

export interface ConfirmLine {
  lineId: string;
  unitPriceFen: number;
}

/**
 * The supplier's side before delivery: confirm in time (prices may go down, never up; the contract
 * snapshot is made then), decline, ship.
 */
@Injectable()
export class SupplierConfirmation {
  private readonly logger = new Logger(SupplierConfirmation.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrderAccess,
    private readonly closing: OrderClosing,
    private readonly contracts: ContractSnapshots,
    private readonly audit: AuditLog,
  ) {}

  /**
   * `deferContract` leaves the contract to its first download (ContractSnapshots.open makes it from
   * the same confirmed data and the order's confirmedAt). For confirmations recorded after the fact
   * (the demo's sales history, which dates them back afterwards): a contract rendered now would print
   * today's time beside an order confirmed months ago, and rendering costs a second or more.
   */
  async confirm(me: Principal, supplierId: string, id: string, changes: ConfirmLine[] = [], opts: { deferContract?: boolean } = {}): Promise<ProcurementOrder> {
    const order = await this.access.forSupplier(supplierId, id);
    procurementOrderStates.assertTransition(order.status, ProcurementOrderStatus.CONFIRMED);
    const now = new Date();
    if (order.confirmDeadline && order.confirmDeadline.getTime() < now.getTime()) {
      throw AppError.conflict('CONFIRM_DEADLINE_PASSED', '已超过确认时限，订单将被自动取消');
    }
    const lines = await linesOf(this.dataSource.manager, order.id);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const seen = new Set<string>();
    for (const c of changes) {
      const line = byId.get(c.lineId);
      if (!line) throw AppError.badRequest('UNKNOWN_LINE', `订单中没有明细 ${c.lineId}`);
      if (seen.has(c.lineId)) throw AppError.badRequest('DUPLICATE_LINE', '同一明细只能出现一次');
      seen.add(c.lineId);
      if (c.unitPriceFen > line.listPriceFen) {
        throw new AppError(HttpStatus.BAD_REQUEST, 'PRICE_INCREASE_NOT_ALLOWED', `「${line.productName} ${line.spec}」确认价不能高于下单价 ${line.listPriceFen} 分，只能降价`, {
          lineId: line.id,
          listPriceFen: line.listPriceFen,
          unitPriceFen: c.unitPriceFen,
        });
      }
    }
    const priceOf = new Map(changes.map((c) => [c.lineId, c.unitPriceFen]));
    const agreed: ProcurementOrderLine[] = lines.map((l) => {
      const unitPriceFen = priceOf.get(l.id) ?? l.unitPriceFen;
      return Object.assign(Object.create(Object.getPrototypeOf(l)), l, { unitPriceFen, lineFen: unitPriceFen * l.quantity });
    });
    const confirmedFen = agreed.reduce((a, l) => a + l.lineFen, 0);

    // The snapshot is made before the transaction, from exactly what is being confirmed. Without a
    // CJK font the confirmation still goes through; the first download makes the PDF instead.
    let contract: { fileId: string; sha256: string } | null = null;
    if (!opts.deferContract) {
      if (this.contracts.fontAvailable()) contract = await this.contracts.make(order, agreed, now, me);
      else this.logger.warn(`no CJK font: contract of ${order.orderNo} will be made on first download`);
    }

    const actor = { userId: me.id, name: me.name };
    const changed = agreed.filter((l) => l.unitPriceFen !== byId.get(l.id)!.unitPriceFen);
    const won = await inTransaction(this.dataSource, async (m) => {
      const set: Partial<ProcurementOrder> = { confirmedFen, confirmedAt: now, contractFileId: contract?.fileId ?? null, contractSha256: contract?.sha256 ?? null };
      if (!(await moveStatus(m, order, ProcurementOrderStatus.CONFIRMED, set))) return false;
      for (const l of changed) await m.update(ProcurementOrderLine, { id: l.id, orderId: order.id }, { unitPriceFen: l.unitPriceFen, lineFen: l.lineFen, updatedAt: now });
      const note = changed.length ? `确认并调价：${changed.map((l) => `${l.productName} ${byId.get(l.id)!.unitPriceFen}→${l.unitPriceFen} 分`).join('；')}` : '按下单价确认';
      await recordEvent(m, { orderId: order.id, type: ProcurementEventType.CONFIRMED, from: order.status, to: ProcurementOrderStatus.CONFIRMED, actor, note, at: now });
      await this.audit.record(
        {
          actor,
          action: 'procurement.order.confirmed',
          subjectType: SUBJECT,
          subjectId: order.id,
          summary: `供应商确认采购订单 ${order.orderNo}，成交金额 ${confirmedFen} 分`,
          before: { goodsFen: order.goodsFen, lines: lines.map((l) => ({ lineId: l.id, unitPriceFen: l.unitPriceFen })) },
          after: { confirmedFen, lines: agreed.map((l) => ({ lineId: l.id, unitPriceFen: l.unitPriceFen })), contractSha256: contract?.sha256 ?? null },
          agencyId: order.agencyId,
          supplierId: order.supplierId,
        },
        m,
      );
      return true;
    });
    if (!won) throw concurrentChange();
    return this.access.get(order.id);
  }

  async decline(me: Principal, supplierId: string, id: string, reason: string): Promise<ProcurementOrder> {
    const order = await this.access.forSupplier(supplierId, id);
    if (order.status !== ProcurementOrderStatus.PENDING_CONFIRMATION) throw procurementOrderStates.error(order.status, ProcurementOrderStatus.CANCELLED, '只有待确认的订单可以拒单');
    await this.closing.close(order, {
      to: ProcurementOrderStatus.CANCELLED,
      type: ProcurementEventType.DECLINED,
      action: 'procurement.order.declined',
      actor: { userId: me.id, name: me.name },
      reason: `供应商拒单：${reason}`,
    });
    return this.access.get(order.id);
  }

  async ship(me: Principal, supplierId: string, id: string, input: { carrier: string; trackingNo?: string; note?: string }): Promise<ProcurementOrder> {
    const order = await this.access.forSupplier(supplierId, id);
    procurementOrderStates.assertTransition(order.status, ProcurementOrderStatus.SHIPPED);
    const now = new Date();
    const actor = { userId: me.id, name: me.name };
    const won = await inTransaction(this.dataSource, async (m) => {
      const set = { shippedAt: now, carrier: input.carrier.trim().slice(0, 40), trackingNo: input.trackingNo?.trim().slice(0, 40) || null };
      if (!(await moveStatus(m, order, ProcurementOrderStatus.SHIPPED, set))) return false;
      const note = [`承运：${set.carrier}`, set.trackingNo ? `单号：${set.trackingNo}` : null, input.note?.trim() || null].filter(Boolean).join('；');
      await recordEvent(m, { orderId: order.id, type: ProcurementEventType.SHIPPED, from: order.status, to: ProcurementOrderStatus.SHIPPED, actor, note, at: now });
      await this.audit.record(
        { actor, action: 'procurement.order.shipped', subjectType: SUBJECT, subjectId: order.id, summary: `采购订单 ${order.orderNo} 已发货（${note}）`, after: set, agencyId: order.agencyId, supplierId: order.supplierId },
        m,
      );
      return true;
    });
    if (!won) throw concurrentChange();
    return this.access.get(order.id);
  }
}
