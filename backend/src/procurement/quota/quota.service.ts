import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../common/app-error';
import { todayInShanghai } from '../../common/validators';
import { SuppliersService } from '../../suppliers/suppliers.service';
import { Agency, AgencyLevel, AgencyStatus } from '../agency.entity';
import { ProcurementOrder } from '../orders/procurement-order.entity';
import { ProcurementOrderStatus, ProcurementPurpose } from '../orders/procurement-order-status';
import { DeclarationsService } from './declarations.service';
import { divisionLike } from './division-scope';
import { QuotaOrderList, QuotaRanking, QuotaRankingRow, QuotaView } from './dto';
import { computeQuota, countedPurposes, PurposeSums, QUOTA_STATUS_LABELS, QuotaFigures, QuotaStatus, ResolvedPolicy } from './quota-figures';
import { QuotaPoliciesService } from './quota-policies.service';
import { elapsedDays } from './quota-year';

/** Orders that count: accepted (验收) or completed; the year and month are those of acceptedOn (Asia/Shanghai). */
export const COUNTED_STATUSES = [ProcurementOrderStatus.ACCEPTED, ProcurementOrderStatus.COMPLETED];
/** acceptedFen − refundedFen, never below 0. */
const COUNTED_SQL = 'CASE WHEN COALESCE(o.acceptedFen, 0) > o.refundedFen THEN COALESCE(o.acceptedFen, 0) - o.refundedFen ELSE 0 END';
/**
 * The paired part after refunds. Refunds are order-level (which lines went back is not recorded), so
 * they come out of the paired part first: the paired share is never overstated, and the figure is an
 * exact integer on both databases (no proportional rounding).
 */
const PAIRED_SQL = 'CASE WHEN COALESCE(o.acceptedPairedFen, 0) > o.refundedFen THEN COALESCE(o.acceptedPairedFen, 0) - o.refundedFen ELSE 0 END';
/** 'MM' of acceptedOn: SUBSTR works on SQLite's text date and on MySQL's DATE (converted to 'YYYY-MM-DD'). */
const MONTH_SQL = 'SUBSTR(o.acceptedOn, 6, 2)';

interface AggregateRow extends PurposeSums {
  agencyId: string;
}

export interface RankedAgency extends QuotaFigures {
  agency: Agency;
  policy: ResolvedPolicy;
  declared: boolean;
  remarks: string | null;
}

/**
 * The reserved-share figures: always from grouped SQL sums (never by loading orders), one query for
 * one agency and one for the whole ranking, whatever the number of agencies.
 */
@Injectable()
export class QuotaService {
  constructor(
    @InjectRepository(ProcurementOrder) private readonly orders: Repository<ProcurementOrder>,
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly policies: QuotaPoliciesService,
    private readonly declarations: DeclarationsService,
    private readonly suppliers: SuppliersService,
  ) {}

  async quota(agencyId: string, year: number): Promise<QuotaView> {
    const agency = await this.requireAgency(agencyId);
    const [policy, declaration, sums] = await Promise.all([
      this.policies.resolve(year, agency.divisionCode),
      this.declarations.find(agencyId, year),
      this.aggregate(year, { agencyId, byMonth: true }),
    ]);
    const today = todayInShanghai();
    const f = computeQuota({ year, policy, declaration, sums, today });
    return {
      agencyId,
      year,
      annualAgriSpendFen: f.annualAgriSpendFen,
      ratio: f.ratio,
      reservedFen: f.reservedFen,
      purchasedFen: f.purchasedFen,
      progress: f.progress,
      agencyName: agency.name,
      ratioBp: f.ratioBp,
      pairedFen: f.pairedFen,
      byMonth: f.byMonth,
      byPurpose: f.byPurpose,
      projectionFen: f.projectionFen,
      status: f.status,
      statusLabel: QUOTA_STATUS_LABELS[f.status],
      countedOrderCount: f.countedOrderCount,
      asOf: today,
      elapsedDays: elapsedDays(year, today),
      policy: { ...policy, scopeName: await this.policies.scopeName(policy.scopeCode), ratio: policy.ratioBp / 10000 },
      declaration: declaration
        ? {
            hasCanteen: declaration.hasCanteen,
            annualAgriSpendFen: declaration.annualAgriSpendFen,
            remarks: declaration.remarks,
            revision: declaration.revision,
            filedAt: declaration.filedAt.toISOString(),
          }
        : null,
    };
  }

  /**
   * The orders behind a figure: the whole year (purchasedFen), a month (byMonth), or with `paired`
   * only those with a paired part (pairedFen). `totals` covers every matching order, not just the page,
   * and equals the figure it traces.
   */
  async countedOrders(agencyId: string, year: number, opts: { month?: number; paired?: boolean; page?: number; pageSize?: number }): Promise<QuotaOrderList> {
    const agency = await this.requireAgency(agencyId);
    const policy = await this.policies.resolve(year, agency.divisionCode);
    const page = opts.page ?? 1;
    const pageSize = opts.pageSize ?? 50;
    const qb = this.countedQuery(year, countedPurposes(policy)).andWhere('o.agencyId = :agencyId', { agencyId });
    if (opts.month) qb.andWhere(`${MONTH_SQL} = :month`, { month: String(opts.month).padStart(2, '0') });
    if (opts.paired) qb.andWhere(`(${PAIRED_SQL}) > 0`);
    const totalsRow = await qb
      .clone()
      .select('COUNT(*)', 'n')
      .addSelect(`SUM(${COUNTED_SQL})`, 'counted')
      .addSelect(`SUM(${PAIRED_SQL})`, 'paired')
      .getRawOne<{ n: string | number; counted: string | number | null; paired: string | number | null }>();
    const rows = await qb.orderBy('o.acceptedOn', 'ASC').addOrderBy('o.orderNo', 'ASC').skip((page - 1) * pageSize).take(pageSize).getMany();
    const names = await this.supplierNames(rows.map((o) => o.supplierId));
    const counted = Number(totalsRow?.counted ?? 0);
    const paired = Number(totalsRow?.paired ?? 0);
    return {
      year,
      month: opts.month ?? null,
      paired: Boolean(opts.paired),
      items: rows.map((o) => {
        const countedFen = Math.max((o.acceptedFen ?? 0) - o.refundedFen, 0);
        const pairedFen = Math.max((o.acceptedPairedFen ?? 0) - o.refundedFen, 0);
        return {
          orderId: o.id,
          orderNo: o.orderNo,
          acceptedOn: o.acceptedOn!,
          purpose: o.purpose,
          status: o.status,
          canteenId: o.canteenId,
          supplierId: o.supplierId,
          supplierName: names.get(o.supplierId) ?? '（未知供应商）',
          acceptedFen: o.acceptedFen ?? 0,
          refundedFen: o.refundedFen,
          countedFen,
          pairedFen,
          quotaFen: policy.pairedCountiesOnly ? pairedFen : countedFen,
        };
      }),
      total: Number(totalsRow?.n ?? 0),
      page,
      pageSize,
      totals: { orders: Number(totalsRow?.n ?? 0), countedFen: counted, pairedFen: paired, quotaFen: policy.pairedCountiesOnly ? paired : counted },
    };
  }

  /** Every active agency (under a division / of a level, when given) with its figures, ranked by progress (null last). */
  async rank(year: number, filter: { divisionCode?: string; level?: AgencyLevel } = {}): Promise<RankedAgency[]> {
    const qb = this.agencies.createQueryBuilder('a').where('a.status = :active', { active: AgencyStatus.ACTIVE });
    if (filter.divisionCode) qb.andWhere('a.divisionCode LIKE :division', { division: divisionLike(filter.divisionCode) });
    if (filter.level) qb.andWhere('a.level = :level', { level: filter.level });
    const agencies = await qb.getMany();
    const [policies, declarations, sums] = await Promise.all([
      this.policies.resolveMany(year, agencies.map((a) => a.divisionCode)),
      this.declarations.ofYear(year),
      this.aggregate(year, { divisionCode: filter.divisionCode, byMonth: false }),
    ]);
    const sumsByAgency = groupBy(sums, (s) => s.agencyId);
    const today = todayInShanghai();
    const ranked = agencies.map((agency) => {
      const policy = policies.get(agency.divisionCode)!;
      const d = declarations.get(agency.id) ?? null;
      const figures = computeQuota({ year, policy, declaration: d, sums: sumsByAgency.get(agency.id) ?? [], today });
      return { ...figures, agency, policy, declared: Boolean(d), remarks: d?.remarks ?? null };
    });
    return ranked.sort(
      (a, b) =>
        (a.progress === null ? 1 : 0) - (b.progress === null ? 1 : 0) ||
        (b.progress ?? 0) - (a.progress ?? 0) ||
        b.purchasedFen - a.purchasedFen ||
        a.agency.name.localeCompare(b.agency.name, 'zh-CN'),
    );
  }

  async ranking(year: number, q: { divisionCode?: string; level?: AgencyLevel; status?: QuotaStatus; page?: number; pageSize?: number }): Promise<QuotaRanking> {
    const all = await this.rank(year, q);
    const rows = all.map((r, i) => rankingRow(r, i + 1));
    const filtered = q.status ? rows.filter((r) => r.status === q.status) : rows;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    return {
      year,
      asOf: todayInShanghai(),
      items: filtered.slice((page - 1) * pageSize, page * pageSize),
      total: filtered.length,
      page,
      pageSize,
      summary: {
        agencies: rows.length,
        declared: rows.filter((r) => r.declared).length,
        reservedFen: rows.reduce((n, r) => n + r.reservedFen, 0),
        purchasedFen: rows.reduce((n, r) => n + r.purchasedFen, 0),
        pairedFen: rows.reduce((n, r) => n + r.pairedFen, 0),
        byStatus: Object.values(QuotaStatus).map((status) => ({ status, count: rows.filter((r) => r.status === status).length })),
      },
    };
  }

  /**
   * Grouped sums of counted orders by agency and purpose (and month): one statement, whatever the
   * number of agencies. The policy's choice of purposes is applied afterwards, per agency.
   */
  async aggregate(year: number, opts: { agencyId?: string; divisionCode?: string; byMonth: boolean }): Promise<AggregateRow[]> {
    const qb = this.countedQuery(year, Object.values(ProcurementPurpose))
      .select('o.agencyId', 'agencyId')
      .addSelect('o.purpose', 'purpose')
      .addSelect(`SUM(${COUNTED_SQL})`, 'counted')
      .addSelect(`SUM(${PAIRED_SQL})`, 'paired')
      .addSelect('COUNT(*)', 'n')
      .groupBy('o.agencyId')
      .addGroupBy('o.purpose');
    if (opts.byMonth) qb.addSelect(MONTH_SQL, 'month').addGroupBy(MONTH_SQL);
    if (opts.agencyId) qb.andWhere('o.agencyId = :agencyId', { agencyId: opts.agencyId });
    if (opts.divisionCode) qb.innerJoin(Agency, 'a', 'a.id = o.agencyId AND a.divisionCode LIKE :division', { division: divisionLike(opts.divisionCode) });
    const raw = await qb.getRawMany<{ agencyId: string; purpose: ProcurementPurpose; counted: string | number; paired: string | number; n: string | number; month?: string }>();
    return raw.map((r) => ({
      agencyId: r.agencyId,
      purpose: r.purpose,
      ...(opts.byMonth ? { month: Number(r.month) } : {}),
      countedFen: Number(r.counted ?? 0),
      pairedFen: Number(r.paired ?? 0),
      orders: Number(r.n),
    }));
  }

  async requireAgency(id: string): Promise<Agency> {
    const a = await this.agencies.findOneBy({ id });
    if (!a) throw AppError.notFound('预算单位');
    return a;
  }

  /** Supplier names by id, through the suppliers context (a page has few distinct suppliers). */
  async supplierNames(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(ids)) {
      try {
        out.set(id, (await this.suppliers.get(id)).name);
      } catch {
        // A supplier that no longer exists keeps its orders; the view says so.
      }
    }
    return out;
  }

  private countedQuery(year: number, purposes: ProcurementPurpose[]): SelectQueryBuilder<ProcurementOrder> {
    return this.orders
      .createQueryBuilder('o')
      .where('o.status IN (:...statuses)', { statuses: COUNTED_STATUSES })
      .andWhere('o.acceptedOn >= :from AND o.acceptedOn <= :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .andWhere('o.purpose IN (:...purposes)', { purposes });
  }
}

export function rankingRow(r: RankedAgency, rank: number): QuotaRankingRow {
  return {
    rank,
    agencyId: r.agency.id,
    agencyName: r.agency.name,
    divisionCode: r.agency.divisionCode,
    level: r.agency.level,
    declared: r.declared,
    annualAgriSpendFen: r.annualAgriSpendFen,
    ratio: r.ratio,
    policySource: r.policy.source,
    policyScopeCode: r.policy.scopeCode,
    reservedFen: r.reservedFen,
    purchasedFen: r.purchasedFen,
    pairedFen: r.pairedFen,
    progress: r.progress,
    projectionFen: r.projectionFen,
    status: r.status,
    statusLabel: QUOTA_STATUS_LABELS[r.status],
    countedOrderCount: r.countedOrderCount,
    remarks: r.remarks,
  };
}

function groupBy<T>(rows: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
