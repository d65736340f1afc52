import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { DomainEvents } from '../../common/domain-events';
import { inTransaction } from '../../database/transaction';
import { FilesService } from '../../files/files.service';
import { Principal } from '../../identity/principal';
import { EasternPairing } from '../../regions/eastern-pairing.service';
import { AgenciesService } from '../agencies.service';
import { OrderAccess } from './order-access.service';
import { concurrentChange, linesOf, moveStatus, recordEvent, shanghaiDay, SUBJECT } from './order-store';
import { ProcurementAcceptance } from './procurement-acceptance.entity';
import './procurement-events';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrderLine } from './procurement-order-line.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { procurementOrderStates, ProcurementOrderStatus } from './procurement-order-status';

export interface AcceptInput {
  lines: { lineId: string; receivedQty: number; note?: string }[];
  note?: string;
  photoFileIds?: string[];
}

export const MAX_ACCEPTANCE_PHOTOS = 9;

/**
 * Acceptance (验收) of a delivery by the canteen: what arrived per line, shortfalls, notes, photos.
 * The accepted amount (received quantity × agreed price) is what the quota counts; of it, the part
 * from counties paired with the agency's division on the acceptance day (Asia/Shanghai) is kept too.
 */
@Injectable()
export class OrderAcceptance {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrderAccess,
    private readonly agencies: AgenciesService,
    private readonly pairing: EasternPairing,
    private readonly files: FilesService,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
  ) {}

  async accept(me: Principal, id: string, input: AcceptInput, now = new Date()): Promise<ProcurementOrder> {
    const order = await this.access.forAgencyMember(me, id);
    procurementOrderStates.assertTransition(order.status, ProcurementOrderStatus.ACCEPTED);
    const lines = await linesOf(this.dataSource.manager, order.id);
    const given = new Map<string, { receivedQty: number; note?: string }>();
    for (const l of input.lines) {
      if (given.has(l.lineId)) throw AppError.badRequest('DUPLICATE_LINE', '同一明细只能出现一次');
      given.set(l.lineId, l);
    }
    for (const l of lines) {
      const g = given.get(l.id);
      if (!g) throw AppError.badRequest('LINES_INCOMPLETE', `请填写「${l.productName} ${l.spec}」的实收数量`, { lineId: l.id });
      if (!Number.isInteger(g.receivedQty) || g.receivedQty < 0 || g.receivedQty > l.quantity) {
        throw AppError.badRequest('INVALID_RECEIVED_QTY', `「${l.productName} ${l.spec}」实收数量必须在 0 到 ${l.quantity} 之间`, { lineId: l.id, quantity: l.quantity });
      }
    }
    if (given.size !== lines.length) throw AppError.badRequest('UNKNOWN_LINE', '验收明细中有不属于该订单的行');
    const photos = [...new Set(input.photoFileIds ?? [])];
    if (photos.length > MAX_ACCEPTANCE_PHOTOS) throw AppError.badRequest('TOO_MANY_PHOTOS', `验收照片最多 ${MAX_ACCEPTANCE_PHOTOS} 张`);
    for (const fileId of photos) {
      const f = await this.files.requireFile(fileId, { kinds: ['image'] });
      if (f.uploaderId !== me.id) throw AppError.badRequest('UNKNOWN_FILE', `文件 ${fileId} 不是当前用户上传的`);
    }

    const acceptedOn = shanghaiDay(now);
    const agency = await this.agencies.get(order.agencyId);
    const paired = new Map<string, boolean>();
    for (const code of new Set(lines.map((l) => l.originCountyCode))) paired.set(code, await this.pairing.isPaired(agency.divisionCode, code, acceptedOn));
    const results = lines.map((l) => {
      const g = given.get(l.id)!;
      const shortfall = l.quantity - g.receivedQty;
      const note = g.note?.trim() || (shortfall > 0 ? `短缺 ${shortfall}${l.unit}` : null);
      return { line: l, receivedQty: g.receivedQty, acceptedFen: l.unitPriceFen * g.receivedQty, note: note ? note.slice(0, 200) : null };
    });
    const acceptedFen = results.reduce((a, r) => a + r.acceptedFen, 0);
    const acceptedPairedFen = results.filter((r) => paired.get(r.line.originCountyCode)).reduce((a, r) => a + r.acceptedFen, 0);
    const actor = { userId: me.id, name: me.name };

    const won = await inTransaction(this.dataSource, async (m) => {
      if (!(await moveStatus(m, order, ProcurementOrderStatus.ACCEPTED, { acceptedFen, acceptedPairedFen, acceptedAt: now, acceptedOn }))) return false;
      for (const r of results) await m.update(ProcurementOrderLine, { id: r.line.id, orderId: order.id }, { receivedQty: r.receivedQty, acceptedFen: r.acceptedFen, shortfallNote: r.note, updatedAt: now });
      await m.save(m.create(ProcurementAcceptance, { orderId: order.id, acceptedByUserId: me.id, acceptedByName: me.name.slice(0, 60), note: input.note?.trim().slice(0, 500) || null, photoFileIds: photos, acceptedAt: now }));
      const short = results.filter((r) => r.receivedQty < r.line.quantity);
      const note = `验收金额 ${acceptedFen} 分${short.length ? `；短缺：${short.map((r) => `${r.line.productName} ${r.line.quantity - r.receivedQty}${r.line.unit}`).join('，')}` : '；全部到货'}`;
      await recordEvent(m, { orderId: order.id, type: ProcurementEventType.ACCEPTED, from: order.status, to: ProcurementOrderStatus.ACCEPTED, actor, note, at: now });
      await this.audit.record(
        {
          actor,
          action: 'procurement.order.accepted',
          subjectType: SUBJECT,
          subjectId: order.id,
          summary: `验收采购订单 ${order.orderNo}：${note}`,
          before: { status: order.status, confirmedFen: order.confirmedFen },
          after: { acceptedFen, acceptedPairedFen, acceptedOn, lines: results.map((r) => ({ lineId: r.line.id, quantity: r.line.quantity, receivedQty: r.receivedQty, acceptedFen: r.acceptedFen })) },
          agencyId: order.agencyId,
          supplierId: order.supplierId,
        },
        m,
      );
      return true;
    });
    if (!won) throw concurrentChange();
    await this.events.publish('procurement.order.accepted', {
      orderId: order.id,
      orderNo: order.orderNo,
      agencyId: order.agencyId,
      purpose: order.purpose,
      acceptedAt: now,
      lines: results
        .filter((r) => r.receivedQty > 0)
        .map((r) => ({ productId: r.line.productId, skuId: r.line.skuId, supplierId: order.supplierId, originCountyCode: r.line.originCountyCode, quantity: r.receivedQty, amountFen: r.acceptedFen })),
    });
    return this.access.get(order.id);
  }

  /** The acceptance record of an order, if accepted. */
  record(orderId: string): Promise<ProcurementAcceptance | null> {
    return this.dataSource.getRepository(ProcurementAcceptance).findOneBy({ orderId });
  }
}

