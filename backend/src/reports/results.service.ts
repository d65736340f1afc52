import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Certification, CertificationReview, CertificationType } from '../catalog/certification.entity';
import { Product } from '../catalog/product.entity';
import { divisionNames, helperUnits } from './names';
import { SalesDaily, SalesDistinct, SalesDistinctCount } from './rollup.entities';
import { ResultRow, ResultsView } from './views';

type Raw = Record<string, string | number | null>;
const n = (v: unknown) => Number(v ?? 0);

/**
 * 帮扶成效 of a year, per helper unit or per county, in the shape an annual assessment asks for:
 * net sales, orders, buying units (distinct agencies and citizen buyers), households linked
 * (带贫户数), union-coupon money and other subsidies.
 *
 * Linked households come from the 消费帮扶产品认定 certificates (approved, valid at some day of the
 * year) of the products of the suppliers that sold in the group. A supplier's households are the
 * same people whichever product sells, so per supplier the LARGEST figure among its certificates
 * counts (never their sum), and a group adds up its distinct suppliers. The total row counts each
 * supplier once, so it can be less than the sum of the rows.
 */
@Injectable()
export class ResultsService {
  constructor(private readonly ds: DataSource) {}

  async results(year: number, groupBy: 'helper' | 'county'): Promise<ResultsView> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const g = groupBy === 'helper' ? 'H' : 'C';
    const column = groupBy === 'helper' ? 'helperKey' : 'countyCode';
    const sums = (q: SelectQueryBuilder<SalesDaily>, orders: string) =>
      q
        .addSelect('COALESCE(SUM(f.netFen), 0)', 'salesFen')
        .addSelect(`COALESCE(SUM(f.${orders}), 0)`, 'orderCount')
        .addSelect('COALESCE(SUM(f.couponFen), 0)', 'couponFen')
        .where('f.saleDate >= :from AND f.saleDate <= :to', { from, to });
    const daily = () => this.ds.getRepository(SalesDaily).createQueryBuilder('f');
    const [rows, total, counts, totals, suppliers] = await Promise.all([
      sums(daily().select(`f.${column}`, 'k').addSelect('MAX(f.prefectureCode)', 'prefectureCode'), groupBy === 'helper' ? 'ordersHelper' : 'ordersCounty').groupBy(`f.${column}`).getRawMany<Raw>(),
      sums(daily().select('COUNT(*)', 'days'), 'orders').getRawOne<Raw>(),
      this.counts().select('d.groupKey', 'k').addSelect('d.dim', 'dim').addSelect('d.members', 'n').where('d.year = :year AND d.dim IN (:...dims)', { year, dims: [`${g}B`, `${g}A`, `${g}S`] }).getRawMany<Raw>(),
      this.counts().select('d.dim', 'dim').addSelect('d.members', 'n').where('d.year = :year AND d.dim IN (:...dims)', { year, dims: ['TB', 'TA', 'TS'] }).getRawMany<Raw>(),
      this.distinct().select('d.groupKey', 'k').addSelect('d.member', 'supplierId').where('d.year = :year AND d.dim = :dim', { year, dim: `${g}S` }).getRawMany<Raw>(),
    ]);
    const households = await this.householdsBySupplier([...new Set(suppliers.map((p) => String(p.supplierId)))], from, to);
    const perGroup = new Map<string, number>();
    for (const p of suppliers) perGroup.set(String(p.k), (perGroup.get(String(p.k)) ?? 0) + (households.get(String(p.supplierId)) ?? 0));
    const count = new Map(counts.map((c) => [`${c.k}|${String(c.dim).slice(1)}`, n(c.n)]));
    const totalCount = new Map(totals.map((c) => [String(c.dim).slice(1), n(c.n)]));

    const helpers = groupBy === 'helper' ? await helperUnits(this.ds, rows.map((r) => (r.k ? String(r.k) : null))) : new Map();
    const names = groupBy === 'county' ? await divisionNames(this.ds, rows.flatMap((r) => [String(r.k), String(r.prefectureCode)])) : new Map<string, string>();
    const row = (r: Raw, key: string | null, name: string, parent: string | null, members: (kind: string) => number, linkedHouseholds: number): ResultRow => ({
      key,
      name,
      parent,
      salesFen: n(r.salesFen),
      orderCount: n(r.orderCount),
      buyingUnits: members('B'),
      agencyUnits: members('A'),
      linkedHouseholds,
      supplierCount: members('S'),
      couponFen: n(r.couponFen),
      // The marketplace has no subsidy besides the union coupons (counted in couponFen).
      subsidyFen: 0,
    });
    const items = rows
      .map((r) => {
        const raw = String(r.k ?? '');
        const key = raw || null;
        const members = (kind: string) => count.get(`${raw}|${kind}`) ?? 0;
        const linked = perGroup.get(raw) ?? 0;
        if (groupBy === 'helper') {
          const h = key ? helpers.get(key) : undefined;
          return row(r, key, h?.name ?? '（当日无结对帮扶方）', h?.city ?? null, members, linked);
        }
        return row(r, key, names.get(raw) ?? raw, names.get(String(r.prefectureCode)) ?? null, members, linked);
      })
      .sort((a, b) => b.salesFen - a.salesFen || a.name.localeCompare(b.name));
    const allHouseholds = [...households.values()].reduce((a, b) => a + b, 0);
    return { year, groupBy, items, total: row(total ?? {}, null, '合计', null, (kind) => totalCount.get(kind) ?? 0, allHouseholds) };
  }

  private counts() {
    return this.ds.getRepository(SalesDistinctCount).createQueryBuilder('d');
  }

  private distinct() {
    return this.ds.getRepository(SalesDistinct).createQueryBuilder('d');
  }

  /** Per supplier: the largest linkedHouseholds among its approved 消费帮扶产品认定 valid at some day of [from, to]. */
  async householdsBySupplier(supplierIds: string[], from: string, to: string): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let i = 0; i < supplierIds.length; i += 500) {
      const chunk = supplierIds.slice(i, i + 500);
      const rows = await this.ds
        .getRepository(Certification)
        .createQueryBuilder('c')
        .innerJoin(Product, 'p', 'p.id = c.productId')
        .select('p.supplierId', 'supplierId')
        .addSelect('MAX(c.linkedHouseholds)', 'households')
        .where('p.supplierId IN (:...ids)', { ids: chunk })
        .andWhere('c.type = :type AND c.review = :review', { type: CertificationType.ASSISTANCE, review: CertificationReview.APPROVED })
        .andWhere('c.validFrom <= :to AND c.validTo >= :from', { from, to })
        .groupBy('p.supplierId')
        .getRawMany<Raw>();
      for (const r of rows) out.set(String(r.supplierId), n(r.households));
    }
    return out;
  }
}
