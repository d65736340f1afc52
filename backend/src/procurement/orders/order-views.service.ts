import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, LessThan, MoreThanOrEqual, And, Repository } from 'typeorm';
import { fileUrl } from '../../files/files.service';
import { UsersService } from '../../identity/users.service';
import { SuppliersService } from '../../suppliers/suppliers.service';
import { AgenciesService } from '../agencies.service';
import { Canteen } from '../canteen.entity';
import { addDays } from './order-store';
import { ProcurementAcceptance } from './procurement-acceptance.entity';
import { ProcurementInvoice } from './procurement-invoice.entity';
import { ProcurementOrderEvent } from './procurement-order-event.entity';
import { ProcurementOrderLine } from './procurement-order-line.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { PROCUREMENT_STATUS_LABELS, ProcurementOrderStatus } from './procurement-order-status';
import { ProcurementRefund } from './procurement-refund.entity';
import { ProcurementOrderList, ProcurementOrderSummary, ProcurementOrderView } from './views';

export interface OrderFilter {
  agencyId?: string;
  supplierId?: string;
  status?: ProcurementOrderStatus;
  canteenId?: string;
  /** Limits to these canteens (a contractor's buyer). */
  canteenIds?: string[];
  /** Shanghai dates of submission, inclusive. */
  from?: string;
  to?: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
/** Start of a Shanghai day as an instant. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** Read models of procurement orders for the buyer's agency, the supplier and operators. */
@Injectable()
export class OrderViews {
  constructor(
    @InjectRepository(ProcurementOrder) private readonly orders: Repository<ProcurementOrder>,
    @InjectRepository(ProcurementOrderLine) private readonly lines: Repository<ProcurementOrderLine>,
    @InjectRepository(ProcurementOrderEvent) private readonly events: Repository<ProcurementOrderEvent>,
    @InjectRepository(ProcurementAcceptance) private readonly acceptances: Repository<ProcurementAcceptance>,
    @InjectRepository(ProcurementInvoice) private readonly invoices: Repository<ProcurementInvoice>,
    @InjectRepository(ProcurementRefund) private readonly refunds: Repository<ProcurementRefund>,
    @InjectRepository(Canteen) private readonly canteens: Repository<Canteen>,
    private readonly agencies: AgenciesService,
    private readonly suppliers: SuppliersService,
    private readonly users: UsersService,
  ) {}

  async list(filter: OrderFilter, page = 1, pageSize = 20): Promise<ProcurementOrderList> {
    const where: FindOptionsWhere<ProcurementOrder> = {};
    if (filter.agencyId) where.agencyId = filter.agencyId;
    if (filter.supplierId) where.supplierId = filter.supplierId;
    if (filter.status) where.status = filter.status;
    if (filter.canteenIds) where.canteenId = filter.canteenId ? (filter.canteenIds.includes(filter.canteenId) ? filter.canteenId : In([])) : In(filter.canteenIds);
    else if (filter.canteenId) where.canteenId = filter.canteenId;
    if (filter.from && filter.to) where.createdAt = And(MoreThanOrEqual(dayStart(filter.from)), LessThan(dayStart(addDays(filter.to, 1))));
    else if (filter.from) where.createdAt = MoreThanOrEqual(dayStart(filter.from));
    else if (filter.to) where.createdAt = LessThan(dayStart(addDays(filter.to, 1)));
    const [rows, total] = await this.orders.findAndCount({ where, order: { createdAt: 'DESC', orderNo: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items: await this.summaries(rows), total, page, pageSize };
  }

  async summaries(orders: ProcurementOrder[]): Promise<ProcurementOrderSummary[]> {
    if (!orders.length) return [];
    const uniq = <T>(xs: T[]) => [...new Set(xs)];
    const [agencyNames, supplierNames, canteens, buyers] = await Promise.all([
      Promise.all(uniq(orders.map((o) => o.agencyId)).map(async (id) => [id, (await this.agencies.get(id).catch(() => null))?.name ?? ''] as const)),
      Promise.all(uniq(orders.map((o) => o.supplierId)).map(async (id) => [id, (await this.suppliers.get(id).catch(() => null))?.name ?? ''] as const)),
      this.canteens.findBy({ id: In(uniq(orders.map((o) => o.canteenId))) }),
      this.users.namesOf(uniq(orders.map((o) => o.buyerUserId))),
    ]);
    const agencyName = new Map(agencyNames);
    const supplierName = new Map(supplierNames);
    const canteenName = new Map(canteens.map((c) => [c.id, c.name]));
    return orders.map((o) => ({
      id: o.id,
      orderNo: o.orderNo,
      status: o.status,
      statusLabel: PROCUREMENT_STATUS_LABELS[o.status],
      purpose: o.purpose,
      agencyId: o.agencyId,
      agencyName: agencyName.get(o.agencyId) ?? '',
      canteenId: o.canteenId,
      canteenName: canteenName.get(o.canteenId) ?? '',
      supplierId: o.supplierId,
      supplierName: supplierName.get(o.supplierId) ?? '',
      buyerUserId: o.buyerUserId,
      buyerName: buyers.get(o.buyerUserId) ?? '',
      goodsFen: o.goodsFen,
      confirmedFen: o.confirmedFen,
      acceptedFen: o.acceptedFen,
      refundedFen: o.refundedFen,
      deliveryDate: o.deliveryDate,
      approvalRequired: o.approvalRequired,
      confirmDeadline: iso(o.confirmDeadline),
      invoiceStatus: o.invoiceStatus,
      paymentStatus: o.paymentStatus,
      agreementId: o.agreementId,
      standingOrderId: o.standingOrderId,
      createdAt: o.createdAt.toISOString(),
    }));
  }

  async detail(o: ProcurementOrder): Promise<ProcurementOrderView> {
    const [[summary], lines, events, acceptance, invoices, refunds] = await Promise.all([
      this.summaries([o]),
      this.lines.find({ where: { orderId: o.id }, order: { productName: 'ASC', spec: 'ASC' } }),
      this.events.find({ where: { orderId: o.id }, order: { at: 'ASC', createdAt: 'ASC' } }),
      this.acceptances.findOneBy({ orderId: o.id }),
      this.invoices.find({ where: { orderId: o.id }, order: { createdAt: 'DESC' } }),
      this.refunds.find({ where: { orderId: o.id }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      ...summary,
      deliveryAddress: o.deliveryAddress,
      contactName: o.contactName,
      contactPhone: o.contactPhone,
      buyerNote: o.buyerNote,
      submittedAt: iso(o.submittedAt),
      approverUserId: o.approverUserId,
      approvedAt: iso(o.approvedAt),
      rejectReason: o.rejectReason,
      confirmedAt: iso(o.confirmedAt),
      shippedAt: iso(o.shippedAt),
      carrier: o.carrier,
      trackingNo: o.trackingNo,
      acceptedAt: iso(o.acceptedAt),
      acceptedOn: o.acceptedOn,
      acceptedPairedFen: o.acceptedPairedFen,
      cancelledAt: iso(o.cancelledAt),
      cancelReason: o.cancelReason,
      contractUrl: o.confirmedAt ? `/api/procurement/orders/${o.id}/contract.pdf` : null,
      contractSha256: o.contractSha256,
      lines: lines.map((l) => ({
        id: l.id,
        productId: l.productId,
        skuId: l.skuId,
        productName: l.productName,
        spec: l.spec,
        unit: l.unit,
        originCountyCode: l.originCountyCode,
        quantity: l.quantity,
        listPriceFen: l.listPriceFen,
        unitPriceFen: l.unitPriceFen,
        lineFen: l.lineFen,
        receivedQty: l.receivedQty,
        acceptedFen: l.acceptedFen,
        shortfallNote: l.shortfallNote,
      })),
      events: events.map((e) => ({ type: e.type, from: e.fromStatus, to: e.toStatus, actorUserId: e.actorUserId, actorName: e.actorName, note: e.note, at: e.at.toISOString() })),
      acceptance: acceptance
        ? { acceptedByName: acceptance.acceptedByName, note: acceptance.note, photoUrls: acceptance.photoFileIds.map(fileUrl), acceptedAt: acceptance.acceptedAt.toISOString() }
        : null,
      invoices: invoices.map((i) => ({
        id: i.id,
        invoiceNo: i.invoiceNo,
        amountFen: i.amountFen,
        fileUrl: fileUrl(i.fileId),
        status: i.status,
        rejectReason: i.rejectReason,
        submittedAt: i.createdAt.toISOString(),
        decidedAt: iso(i.decidedAt),
      })),
      payment: {
        status: o.paymentStatus,
        method: o.paymentMethod,
        paidFen: o.paidFen,
        dueFen: o.acceptedFen === null ? null : o.acceptedFen - o.refundedFen,
        transferReference: o.transferReference,
        transferPaidOn: o.transferPaidOn,
        paidAt: iso(o.paidAt),
      },
      refunds: refunds.map((r) => ({ refundNo: r.refundNo, amountFen: r.amountFen, reason: r.reason, method: r.method, reference: r.reference, status: r.status, actorName: r.actorName, at: r.createdAt.toISOString() })),
    };
  }
}
