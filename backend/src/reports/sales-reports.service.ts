import { Injectable } from '@nestjs/common';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { CATEGORY_LABELS, Product, ProductCategory } from '../catalog/product.entity';
import { DateRange } from './dto';
import { divisionNames, helperUnits } from './names';
import { SalesDaily, SalesProductDaily, SalesProductMonthly } from './rollup.entities';
import { BUYER_TYPE_LABELS, BuyerType, Season } from './sales-fact.entity';
import { SEASON_LABELS, seasonMonths } from './seasons';
import {
  BuyerTypeRow,
  CountyRow,
  HelperRow,
  MonthRow,
  RegionRow,
  SalesByBuyerTypeView,
  SalesByCountyView,
  SalesByHelperView,
  SalesByMonthView,
  SalesByRegionView,
  SalesMeasures,
  SeasonalView,
  TopProductsView,
} from './views';

type Raw = Record<string, string | number | null>;
const n = (v: unknown) => Number(v ?? 0);
const measures = (r: Raw): SalesMeasures => ({ salesFen: n(r.salesFen), quantity: n(r.quantity), orderCount: n(r.orderCount) });

/**
 * The dashboard's tables. Every query reads a rollup (sales_daily: day × buyer type × helper ×
 * county; sales_product_daily: day × product), filtered on the day and grouped by one column; names
 * are looked up afterwards in the small dimension tables. Order counts sum the facts' first-of-order
 * bits (an order counts once in each group it has goods in), so they add up without COUNT(DISTINCT).
 */
@Injectable()
export class SalesReportsService {
  constructor(private readonly ds: DataSource) {}

  private daily(range: DateRange, ordersColumn: string): SelectQueryBuilder<SalesDaily> {
    return this.ds
      .getRepository(SalesDaily)
      .createQueryBuilder('f')
      .select('COALESCE(SUM(f.netFen), 0)', 'salesFen')
      .addSelect('COALESCE(SUM(f.netQty), 0)', 'quantity')
      .addSelect(`COALESCE(SUM(f.${ordersColumn}), 0)`, 'orderCount')
      .where('f.saleDate >= :from AND f.saleDate <= :to', range);
  }

  async total(range: DateRange): Promise<SalesMeasures> {
    return measures((await this.daily(range, 'orders').getRawOne<Raw>())!);
  }

  private async grouped(range: DateRange, column: string, ordersColumn: string, extraSelect: string[] = []): Promise<(Raw & SalesMeasures)[]> {
    const q = this.daily(range, ordersColumn).addSelect(`f.${column}`, 'k').groupBy(`f.${column}`);
    for (const c of extraSelect) q.addSelect(`MAX(f.${c})`, c);
    return (await q.getRawMany<Raw>()).map((r) => ({ ...r, ...measures(r) }));
  }

  async byMonth(range: DateRange): Promise<SalesByMonthView> {
    const rows = await this.grouped(range, 'yearMonth', 'orders');
    const items: MonthRow[] = rows.map((r) => ({ month: String(r.k), salesFen: r.salesFen, quantity: r.quantity, orderCount: r.orderCount })).sort((a, b) => a.month.localeCompare(b.month));
    return { ...range, items, total: await this.total(range) };
  }

  async byCounty(range: DateRange): Promise<SalesByCountyView> {
    const rows = await this.grouped(range, 'countyCode', 'ordersCounty', ['prefectureCode', 'provinceCode']);
    const names = await divisionNames(this.ds, rows.flatMap((r) => [String(r.k), String(r.prefectureCode), String(r.provinceCode)]));
    const items: CountyRow[] = rows
      .map((r) => ({
        countyCode: String(r.k),
        countyName: names.get(String(r.k)) ?? String(r.k),
        prefectureCode: String(r.prefectureCode),
        prefectureName: names.get(String(r.prefectureCode)) ?? '',
        provinceName: names.get(String(r.provinceCode)) ?? '',
        salesFen: r.salesFen,
        quantity: r.quantity,
        orderCount: r.orderCount,
      }))
      .sort((a, b) => b.salesFen - a.salesFen || a.countyCode.localeCompare(b.countyCode));
    return { ...range, items, total: await this.total(range) };
  }

  async byRegion(range: DateRange, level: 'PROVINCE' | 'PREFECTURE'): Promise<SalesByRegionView> {
    const rows = await this.grouped(range, level === 'PROVINCE' ? 'provinceCode' : 'prefectureCode', level === 'PROVINCE' ? 'ordersProvince' : 'ordersPrefecture');
    const names = await divisionNames(this.ds, rows.map((r) => String(r.k)));
    const items: RegionRow[] = rows
      .map((r) => ({ code: String(r.k), name: names.get(String(r.k)) ?? String(r.k), salesFen: r.salesFen, quantity: r.quantity, orderCount: r.orderCount }))
      .sort((a, b) => b.salesFen - a.salesFen || a.code.localeCompare(b.code));
    return { ...range, level, items, total: await this.total(range) };
  }

  async byHelper(range: DateRange): Promise<SalesByHelperView> {
    const rows = await this.grouped(range, 'helperKey', 'ordersHelper');
    const helpers = await helperUnits(this.ds, rows.map((r) => r.k as string | null));
    const items: HelperRow[] = rows
      .map((r) => {
        const id = r.k ? String(r.k) : null;
        const h = id ? helpers.get(id) : undefined;
        return { helperUnitId: id, helperName: h?.name ?? '（当日无结对帮扶方）', city: h?.city ?? null, salesFen: r.salesFen, quantity: r.quantity, orderCount: r.orderCount };
      })
      .sort((a, b) => b.salesFen - a.salesFen || a.helperName.localeCompare(b.helperName));
    return { ...range, items, total: await this.total(range) };
  }

  async byBuyerType(range: DateRange): Promise<SalesByBuyerTypeView> {
    const rows = await this.grouped(range, 'buyerType', 'orders');
    const got = new Map(rows.map((r) => [String(r.k), r]));
    // Every buyer type appears, with zeros when it bought nothing: the chart keeps its legend.
    const items: BuyerTypeRow[] = Object.values(BuyerType).map((t) => {
      const r = got.get(t);
      return { buyerType: t, label: BUYER_TYPE_LABELS[t], salesFen: r?.salesFen ?? 0, quantity: r?.quantity ?? 0, orderCount: r?.orderCount ?? 0 };
    });
    return { ...range, items, total: await this.total(range) };
  }

  private products(range: DateRange, ordersColumn: string): SelectQueryBuilder<SalesProductDaily> {
    return this.ds
      .getRepository(SalesProductDaily)
      .createQueryBuilder('f')
      .select('COALESCE(SUM(f.netFen), 0)', 'salesFen')
      .addSelect('COALESCE(SUM(f.netQty), 0)', 'quantity')
      .addSelect(`COALESCE(SUM(f.${ordersColumn}), 0)`, 'orderCount')
      .where('f.saleDate >= :from AND f.saleDate <= :to', range);
  }

  async topProducts(range: DateRange, limit: number): Promise<TopProductsView> {
    // Whole months from the monthly rollup, the partial months at either end from the daily one.
    const { months, edges } = splitMonths(range);
    const parts: Raw[][] = await Promise.all([
      ...(months
        ? [
            this.ds
              .getRepository(SalesProductMonthly)
              .createQueryBuilder('f')
              .select('f.productId', 'k')
              .addSelect('SUM(f.netFen)', 'salesFen')
              .addSelect('SUM(f.netQty)', 'quantity')
              .addSelect('SUM(f.orders)', 'orderCount')
              .where('f.yearMonth >= :a AND f.yearMonth <= :b', { a: months[0], b: months[1] })
              .groupBy('f.productId')
              .getRawMany<Raw>(),
          ]
        : []),
      ...edges.map((e) => this.products(e, 'orders').addSelect('f.productId', 'k').groupBy('f.productId').getRawMany<Raw>()),
    ]);
    const sum = new Map<string, SalesMeasures>();
    for (const r of parts.flat()) {
      const had = sum.get(String(r.k)) ?? { salesFen: 0, quantity: 0, orderCount: 0 };
      const m = measures(r);
      sum.set(String(r.k), { salesFen: had.salesFen + m.salesFen, quantity: had.quantity + m.quantity, orderCount: had.orderCount + m.orderCount });
    }
    const rows = [...sum]
      .map(([k, m]) => ({ k, ...m }))
      .sort((a, b) => b.salesFen - a.salesFen || a.k.localeCompare(b.k))
      .slice(0, limit);
    const ids = rows.map((r) => String(r.k));
    // Name, category and origin as the catalog has them now.
    const details = ids.length ? await this.ds.getRepository(Product).find({ select: { id: true, name: true, category: true, originCountyCode: true }, where: { id: In(ids) } }) : [];
    const byId = new Map(details.map((d) => [d.id, d]));
    const names = await divisionNames(this.ds, details.map((d) => d.originCountyCode));
    const items = rows.map((r, i) => {
      const d = byId.get(String(r.k));
      const county = d?.originCountyCode ?? '';
      return {
        rank: i + 1,
        productId: String(r.k),
        productName: d?.name ?? '',
        category: d ? CATEGORY_LABELS[d.category as ProductCategory] ?? d.category : '',
        countyCode: county,
        countyName: names.get(county) ?? county,
        salesFen: r.salesFen,
        quantity: r.quantity,
        orderCount: r.orderCount,
      };
    });
    return { ...range, items, total: await this.total(range) };
  }

  async seasonal(year: number): Promise<SeasonalView> {
    const seasons = [];
    for (const season of [Season.MANGO, Season.SUGAR_ORANGE]) {
      const months = seasonMonths(season, year);
      const range = { from: `${months[0]}-01`, to: `${months[months.length - 1]}-31` };
      const rows = await this.products(range, 'ordersSeason').andWhere('f.season = :season', { season }).addSelect('f.yearMonth', 'k').groupBy('f.yearMonth').getRawMany<Raw>();
      const byMonth = new Map(rows.map((r) => [String(r.k), r]));
      const list = months.map((m) => ({ month: m, ...measures(byMonth.get(m) ?? {}) }));
      const total = measures((await this.products(range, 'ordersSeason').andWhere('f.season = :season', { season }).getRawOne<Raw>())!);
      seasons.push({ season, label: SEASON_LABELS[season], months: list, total });
    }
    return {
      year,
      seasons,
      definition: '季节商品：类目为水果、名称含“芒”的为芒果季商品（6–9月）；类目为水果、名称含“沙糖桔/砂糖橘”等写法的为沙糖桔季商品（当年11月至次年2月）。芒果干等加工品不计入。',
    };
  }
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** [from, to] as its whole months (first and last 'YYYY-MM', or null) and the partial stretches at its ends. */
export function splitMonths(range: DateRange): { months: [string, string] | null; edges: DateRange[] } {
  const firstFull = range.from.endsWith('-01') ? range.from : `${addDays(`${range.from.slice(0, 7)}-28`, 4).slice(0, 7)}-01`;
  const lastFull = addDays(addDays(range.to, 1).endsWith('-01') ? addDays(range.to, 1) : `${range.to.slice(0, 7)}-01`, -1);
  if (firstFull > lastFull) return { months: null, edges: [range] };
  const edges: DateRange[] = [];
  if (range.from < firstFull) edges.push({ from: range.from, to: addDays(firstFull, -1) });
  if (lastFull < range.to) edges.push({ from: addDays(lastFull, 1), to: range.to });
  return { months: [firstFull.slice(0, 7), lastFull.slice(0, 7)], edges };
}
