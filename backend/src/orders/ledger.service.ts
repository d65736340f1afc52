import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, DataSource, FindOptionsWhere, In, LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { ActorRef, actorIdOf, AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { inTransaction } from '../database/transaction';
import { SuppliersService } from '../suppliers/suppliers.service';
import { CustomerOrder } from './customer-order.entity';
import { CreateSettlementDto, LedgerQuery } from './dto';
import { LedgerEntry, LedgerEntryType } from './ledger-entry.entity';
import { yuan } from './money';
import { Settlement, SettlementStatus } from './settlement.entity';
import { SupplierOrder } from './supplier-order.entity';
import { LedgerEntryView, LedgerTotalsView, LedgerView, SettlementView } from './views';

const MAX_ROWS = 10_000;
const TYPE_LABELS: Record<LedgerEntryType, string> = { SALE: '销售（买家实付）', SUBSIDY: '工会券补贴', REFUND: '退款', SUBSIDY_REVERSAL: '补贴冲回' };

/**
 * The per-supplier ledger and settlements. Entries are written by the order flows (ledger-writer.ts);
 * this reads them, totals them, exports them, and draws up settlements: a settlement claims the
 * unsettled entries of a closed period with one conditional UPDATE (`settlementId IS NULL`), so an
 * entry is paid out once even if two operators settle the same period at the same moment.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(LedgerEntry) private readonly entries: Repository<LedgerEntry>,
    @InjectRepository(Settlement) private readonly settlements: Repository<Settlement>,
    private readonly suppliers: SuppliersService,
    private readonly audit: AuditLog,
  ) {}

  async ledger(filter: LedgerQuery & { supplierId?: string }): Promise<LedgerView> {
    const rows = await this.find(filter);
    return { items: await this.views(rows), totals: totals(rows) };
  }

  /** CSV (UTF-8 with BOM, so Excel shows the Chinese), amounts in yuan with two decimals. */
  async csv(filter: LedgerQuery & { supplierId?: string }): Promise<string> {
    const views = await this.views(await this.find(filter));
    const head = ['业务日期', '供应商', '订单号', '子订单号', '类型', '金额（元）', '出资方', '结算单'];
    const lines = views.map((v) => [v.businessDate, v.supplierName, v.orderNo, v.subOrderNo, TYPE_LABELS[v.type], yuan(v.amountFen), v.fundedBy, v.settlementId ?? '未结算']);
    return '\ufeff' + [head, ...lines].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  async settle(actor: ActorRef, dto: CreateSettlementDto): Promise<SettlementView> {
    const operatorId = actorIdOf(actor)!;
    if (dto.periodFrom > dto.periodTo) throw AppError.badRequest('INVALID_PERIOD', '结算期开始日期不能晚于结束日期');
    if (dto.periodTo >= todayInShanghai()) throw AppError.badRequest('PERIOD_NOT_CLOSED', '只能结算已结束的业务日（结束日期须早于今天）');
    const supplier = await this.suppliers.get(dto.supplierId);
    const settlement = await inTransaction(this.dataSource, async (m) => {
      const s = await m.save(
        m.create(Settlement, {
          supplierId: dto.supplierId,
          periodFrom: dto.periodFrom,
          periodTo: dto.periodTo,
          status: SettlementStatus.CONFIRMED,
          saleFen: 0,
          subsidyFen: 0,
          refundFen: 0,
          netFen: 0,
          entryCount: 0,
          createdById: operatorId,
          paidAt: null,
          paidById: null,
          payReference: null,
        }),
      );
      await m
        .createQueryBuilder()
        .update(LedgerEntry)
        .set({ settlementId: s.id, updatedAt: new Date() })
        .where('supplierId = :supplierId AND settlementId IS NULL AND businessDate >= :from AND businessDate <= :to', { supplierId: dto.supplierId, from: dto.periodFrom, to: dto.periodTo })
        .execute();
      const claimed = await m.find(LedgerEntry, { where: { settlementId: s.id } });
      if (!claimed.length) throw new AppError(HttpStatus.CONFLICT, 'NOTHING_TO_SETTLE', '该期间没有未结算的账目');
      const t = totals(claimed);
      Object.assign(s, { saleFen: t.saleFen, subsidyFen: t.subsidyFen, refundFen: t.refundFen, netFen: t.netFen, entryCount: claimed.length });
      await this.audit.record({
        actor, action: 'settlement.create', subjectType: 'settlement', subjectId: s.id, supplierId: s.supplierId,
        summary: `为「${supplier.name}」生成结算单 ${s.periodFrom} 至 ${s.periodTo}，应付 ${yuan(t.netFen)} 元（${claimed.length} 笔）`,
        after: { status: s.status, periodFrom: s.periodFrom, periodTo: s.periodTo, saleFen: t.saleFen, subsidyFen: t.subsidyFen, refundFen: t.refundFen, netFen: t.netFen, entryCount: claimed.length },
      }, m);
      return m.save(s);
    });
    return (await this.settlementViews([settlement]))[0];
  }

  async markPaid(actor: ActorRef, id: string, payReference: string): Promise<SettlementView> {
    const s = await this.settlements.findOneBy({ id });
    if (!s) throw AppError.notFound('结算单');
    await inTransaction(this.dataSource, async (m) => {
      const res = await m.update(Settlement, { id, status: SettlementStatus.CONFIRMED }, { status: SettlementStatus.PAID, paidAt: new Date(), paidById: actorIdOf(actor), payReference: payReference.trim(), updatedAt: new Date() });
      if (res.affected !== 1) throw new AppError(HttpStatus.CONFLICT, 'INVALID_TRANSITION', '结算单已付款', { from: s.status, to: SettlementStatus.PAID });
      await this.audit.record({
        actor, action: 'settlement.paid', subjectType: 'settlement', subjectId: id, supplierId: s.supplierId,
        summary: `结算单 ${s.periodFrom} 至 ${s.periodTo} 已付款 ${yuan(s.netFen)} 元，转账凭证 ${payReference.trim()}`,
        before: { status: s.status, payReference: s.payReference }, after: { status: SettlementStatus.PAID, payReference: payReference.trim() },
      }, m);
    });
    return (await this.settlementViews([(await this.settlements.findOneBy({ id }))!]))[0];
  }

  async settlementList(supplierId?: string): Promise<SettlementView[]> {
    return this.settlementViews(await this.settlements.find({ where: supplierId ? { supplierId } : {}, order: { periodFrom: 'DESC', createdAt: 'DESC' }, take: 500 }));
  }

  async requireSettlement(id: string, supplierId?: string): Promise<Settlement> {
    const s = await this.settlements.findOneBy({ id, ...(supplierId ? { supplierId } : {}) });
    if (!s) throw AppError.notFound('结算单');
    return s;
  }

  private find(filter: LedgerQuery & { supplierId?: string }): Promise<LedgerEntry[]> {
    const where: FindOptionsWhere<LedgerEntry> = {};
    if (filter.supplierId) where.supplierId = filter.supplierId;
    if (filter.settlementId) where.settlementId = filter.settlementId;
    if (filter.from && filter.to) where.businessDate = Between(filter.from, filter.to);
    else if (filter.from) where.businessDate = MoreThanOrEqual(filter.from);
    else if (filter.to) where.businessDate = LessThanOrEqual(filter.to);
    return this.entries.find({ where, order: { businessDate: 'ASC', createdAt: 'ASC' }, take: MAX_ROWS });
  }

  private async views(rows: LedgerEntry[]): Promise<LedgerEntryView[]> {
    const orderIds = [...new Set(rows.map((r) => r.orderId))];
    const partIds = [...new Set(rows.map((r) => r.supplierOrderId))];
    const [orders, parts, names] = await Promise.all([
      orderIds.length ? this.dataSource.getRepository(CustomerOrder).find({ select: { id: true, orderNo: true }, where: { id: In(orderIds) } }) : [],
      partIds.length ? this.dataSource.getRepository(SupplierOrder).find({ select: { id: true, subOrderNo: true }, where: { id: In(partIds) } }) : [],
      this.supplierNames(),
    ]);
    const nos = new Map(orders.map((o) => [o.id, o.orderNo]));
    const subs = new Map(parts.map((p) => [p.id, p.subOrderNo]));
    return rows.map((r) => ({
      id: r.id,
      supplierId: r.supplierId,
      supplierName: names.get(r.supplierId) ?? '',
      orderId: r.orderId,
      orderNo: nos.get(r.orderId) ?? '',
      subOrderNo: subs.get(r.supplierOrderId) ?? '',
      type: r.type,
      amountFen: r.amountFen,
      fundedBy: r.fundedBy,
      businessDate: r.businessDate,
      settlementId: r.settlementId,
    }));
  }

  private async settlementViews(rows: Settlement[]): Promise<SettlementView[]> {
    const names = await this.supplierNames();
    return rows.map((s) => ({
      id: s.id,
      supplierId: s.supplierId,
      supplierName: names.get(s.supplierId) ?? '',
      periodFrom: s.periodFrom,
      periodTo: s.periodTo,
      status: s.status,
      saleFen: s.saleFen,
      subsidyFen: s.subsidyFen,
      refundFen: s.refundFen,
      netFen: s.netFen,
      entryCount: s.entryCount,
      createdAt: s.createdAt.toISOString(),
      paidAt: s.paidAt ? s.paidAt.toISOString() : null,
      payReference: s.payReference,
    }));
  }

  private async supplierNames(): Promise<Map<string, string>> {
    return new Map((await this.suppliers.list()).map((s) => [s.id, s.name]));
  }
}

export function totals(rows: LedgerEntry[]): LedgerTotalsView {
  const sum = (types: LedgerEntryType[], only?: (r: LedgerEntry) => boolean) => rows.filter((r) => types.includes(r.type) && (!only || only(r))).reduce((a, r) => a + Number(r.amountFen), 0);
  const all = Object.values(LedgerEntryType);
  return {
    saleFen: sum([LedgerEntryType.SALE]),
    subsidyFen: sum([LedgerEntryType.SUBSIDY]),
    refundFen: sum([LedgerEntryType.REFUND, LedgerEntryType.SUBSIDY_REVERSAL]),
    netFen: sum(all),
    unsettledFen: sum(all, (r) => r.settlementId === null),
  };
}

/** One CSV cell: quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
function csvCell(v: string): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

