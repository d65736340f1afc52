import { DataSource, EntityManager } from 'typeorm';
import { SalesFact, SalesSource } from './sales-fact.entity';

/** Bits of SalesFact.firstFlags: the line is the first of its order (in sourceId order) within that group. */
export const FIRST_OF = { ORDER: 1, COUNTY: 2, PREFECTURE: 4, PROVINCE: 8, HELPER: 16, PRODUCT: 32, SEASON: 64 } as const;

export type FactInput = Omit<SalesFact, 'id' | 'createdAt' | 'updatedAt' | 'netFen' | 'netQty' | 'firstFlags'>;

/** The first-of-order bits of one order's lines; deterministic (by sourceId), so a rebuild sets the same bits. */
export function withFlags(lines: FactInput[]): (FactInput & { firstFlags: number; netFen: number; netQty: number })[] {
  const seen = new Set<string>();
  const first = (key: string) => (seen.has(key) ? false : (seen.add(key), true));
  return [...lines]
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId))
    .map((l) => {
      let flags = 0;
      if (first('o')) flags |= FIRST_OF.ORDER;
      if (first(`c:${l.countyCode}`)) flags |= FIRST_OF.COUNTY;
      if (first(`f:${l.prefectureCode}`)) flags |= FIRST_OF.PREFECTURE;
      if (first(`p:${l.provinceCode}`)) flags |= FIRST_OF.PROVINCE;
      if (first(`h:${l.helperUnitId ?? ''}`)) flags |= FIRST_OF.HELPER;
      if (first(`d:${l.productId}`)) flags |= FIRST_OF.PRODUCT;
      if (l.season && first(`s:${l.season}`)) flags |= FIRST_OF.SEASON;
      return { ...l, firstFlags: flags, netFen: l.amountFen - l.refundedFen - l.refundedDiscountFen, netQty: l.quantity - l.refundedQty };
    });
}

const bit = (flags: number, b: number) => ((flags & b) !== 0 ? 1 : 0);
const DAILY_KEYS = ['saleDate', 'buyerType', 'helperKey', 'countyCode'];
const DAILY_SUMS = ['lineCount', 'netQty', 'netFen', 'couponFen', 'orders', 'ordersCounty', 'ordersPrefecture', 'ordersProvince', 'ordersHelper'];
const PRODUCT_KEYS = ['saleDate', 'productId'];
const PRODUCT_SUMS = ['netQty', 'netFen', 'orders', 'ordersSeason'];
const MONTHLY_KEYS = ['yearMonth', 'productId'];
const MONTHLY_SUMS = ['netQty', 'netFen', 'orders'];

/**
 * Writes sales facts and keeps the rollups (sales_daily, sales_product_daily, sales_product_monthly,
 * sales_distinct with its counts) equal
 * to them, inside the caller's transaction. The only dialect-specific SQL of the reports context
 * (upserts, insert-or-ignore) lives here.
 */
export class FactStore {
  private readonly mysql: boolean;

  constructor(ds: DataSource) {
    this.mysql = ds.options.type !== 'better-sqlite3';
  }

  private q = (name: string) => (this.mysql ? `\`${name}\`` : `"${name}"`);

  /**
   * Inserts one order's lines. Lines whose source is recorded already are skipped (a repeated
   * event), and only the new ones reach the rollups. Returns how many were new.
   */
  async insertOrder(m: EntityManager, lines: FactInput[]): Promise<number> {
    if (!lines.length) return 0;
    const existing = await m.getRepository(SalesFact).find({ select: { sourceId: true }, where: lines.map((l) => ({ source: l.source, sourceId: l.sourceId })) });
    if (existing.length === lines.length) return 0;
    // A partly recorded order cannot happen (all lines are written in one transaction); if it did,
    // the bits would be wrong, so refuse rather than count orders twice.
    if (existing.length) throw new Error(`order ${lines[0].orderId} is partly recorded in sales_facts`);
    const rows = withFlags(lines);
    await m.getRepository(SalesFact).insert(rows.map((r) => m.create(SalesFact, r)));
    await this.addToRollups(m, rows, 1);
    return rows.length;
  }

  /** Sets a line's cumulative refund; the rollups take the difference. Conditional on the previous values, retried on a race. */
  async setRefunded(m: EntityManager, source: SalesSource, sourceId: string, refund: { refundedQty: number; refundedFen: number; refundedDiscountFen: number }): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const f = await m.getRepository(SalesFact).findOneBy({ source, sourceId });
      if (!f) return false;
      if (f.refundedQty === refund.refundedQty && f.refundedFen === refund.refundedFen && f.refundedDiscountFen === refund.refundedDiscountFen) return false;
      const netFen = f.amountFen - refund.refundedFen - refund.refundedDiscountFen;
      const netQty = f.quantity - refund.refundedQty;
      const res = await m
        .createQueryBuilder()
        .update(SalesFact)
        .set({ ...refund, netFen, netQty, updatedAt: new Date() })
        .where('id = :id AND refundedQty = :q AND refundedFen = :f AND refundedDiscountFen = :d', { id: f.id, q: f.refundedQty, f: f.refundedFen, d: f.refundedDiscountFen })
        .execute();
      if (res.affected !== 1) continue;
      const delta = { ...f, lineCount: 0, netFen: netFen - f.netFen, netQty: netQty - f.netQty, couponFen: -(refund.refundedDiscountFen - f.refundedDiscountFen), firstFlags: 0 };
      await this.addToRollups(m, [delta], 0);
      return true;
    }
    throw new Error(`sales fact ${source}:${sourceId} kept changing under a refund`);
  }

  /** Adds lines (or deltas, lineCount 0) to the daily rollups; `distinct` adds the lines' members too. */
  private async addToRollups(m: EntityManager, rows: (Omit<FactInput, never> & { firstFlags: number; netFen: number; netQty: number; lineCount?: number; couponFen?: number })[], distinct: 0 | 1): Promise<void> {
    const daily = new Map<string, Record<string, string | number>>();
    const product = new Map<string, Record<string, string | number | null>>();
    for (const r of rows) {
      const dk = [r.saleDate, r.buyerType, r.helperUnitId ?? '', r.countyCode].join('|');
      const d = daily.get(dk) ?? { saleDate: r.saleDate, buyerType: r.buyerType, helperKey: r.helperUnitId ?? '', countyCode: r.countyCode, yearMonth: r.yearMonth, prefectureCode: r.prefectureCode, provinceCode: r.provinceCode, lineCount: 0, netQty: 0, netFen: 0, couponFen: 0, orders: 0, ordersCounty: 0, ordersPrefecture: 0, ordersProvince: 0, ordersHelper: 0 };
      const add = (k: string, v: number) => (d[k] = Number(d[k]) + v);
      add('lineCount', r.lineCount ?? 1);
      add('netQty', r.netQty);
      add('netFen', r.netFen);
      add('couponFen', r.couponFen ?? r.discountFen - r.refundedDiscountFen);
      add('orders', bit(r.firstFlags, FIRST_OF.ORDER));
      add('ordersCounty', bit(r.firstFlags, FIRST_OF.COUNTY));
      add('ordersPrefecture', bit(r.firstFlags, FIRST_OF.PREFECTURE));
      add('ordersProvince', bit(r.firstFlags, FIRST_OF.PROVINCE));
      add('ordersHelper', bit(r.firstFlags, FIRST_OF.HELPER));
      daily.set(dk, d);
      const pk = `${r.saleDate}|${r.productId}`;
      const p = product.get(pk) ?? { saleDate: r.saleDate, productId: r.productId, yearMonth: r.yearMonth, season: r.season, netQty: 0, netFen: 0, orders: 0, ordersSeason: 0 };
      p.netQty = Number(p.netQty) + r.netQty;
      p.netFen = Number(p.netFen) + r.netFen;
      p.orders = Number(p.orders) + bit(r.firstFlags, FIRST_OF.PRODUCT);
      p.ordersSeason = Number(p.ordersSeason) + bit(r.firstFlags, FIRST_OF.SEASON);
      product.set(pk, p);
    }
    for (const d of daily.values()) await this.upsert(m, 'sales_daily', d, DAILY_KEYS, DAILY_SUMS);
    for (const p of product.values()) {
      await this.upsert(m, 'sales_product_daily', p, PRODUCT_KEYS, PRODUCT_SUMS);
      await this.upsert(m, 'sales_product_monthly', { yearMonth: p.yearMonth, productId: p.productId, netQty: p.netQty, netFen: p.netFen, orders: p.orders }, MONTHLY_KEYS, MONTHLY_SUMS);
    }
    if (distinct) {
      const members = new Set<string>();
      for (const r of rows) {
        const year = Number(r.saleDate.slice(0, 4));
        const agency = r.source === SalesSource.PROCUREMENT_LINE;
        for (const [g, key] of [['H', r.helperUnitId ?? ''], ['C', r.countyCode], ['T', '']] as const) {
          members.add(JSON.stringify([year, `${g}B`, key, r.buyerOrgId]));
          if (agency) members.add(JSON.stringify([year, `${g}A`, key, r.buyerOrgId]));
          members.add(JSON.stringify([year, `${g}S`, key, r.supplierId]));
        }
      }
      // One statement per member: a member added for the first time (one row affected) counts once
      // in sales_distinct_counts; a concurrent duplicate waits on the key and is ignored.
      const cols = ['year', 'dim', 'groupKey', 'member'].map(this.q).join(', ');
      for (const [year, dim, groupKey, member] of [...members].map((x) => JSON.parse(x) as [number, string, string, string])) {
        const res = await m.queryRunner!.query(`${this.mysql ? 'INSERT IGNORE' : 'INSERT OR IGNORE'} INTO sales_distinct (${cols}) VALUES (?, ?, ?, ?)`, [year, dim, groupKey, member], true);
        if (res.affected === 1) await this.upsert(m, 'sales_distinct_counts', { year, dim, groupKey, members: 1 }, ['year', 'dim', 'groupKey'], ['members']);
      }
    }
  }

  private async upsert(m: EntityManager, table: string, row: Record<string, unknown>, keys: string[], sums: string[]): Promise<void> {
    const cols = Object.keys(row);
    const values = cols.map((c) => row[c]);
    const head = `INSERT INTO ${table} (${cols.map(this.q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    const sql = this.mysql
      ? `${head} ON DUPLICATE KEY UPDATE ${sums.map((s) => `${this.q(s)} = ${this.q(s)} + VALUES(${this.q(s)})`).join(', ')}`
      : `${head} ON CONFLICT (${keys.map(this.q).join(', ')}) DO UPDATE SET ${sums.map((s) => `${this.q(s)} = ${this.q(s)} + excluded.${this.q(s)}`).join(', ')}`;
    await m.query(sql, values);
  }

  /** Empties the rollups and recomputes them from sales_facts with set-based SQL (rebuild, benchmark). */
  async rollupFromFacts(m: EntityManager): Promise<void> {
    const q = this.q;
    const b = (x: number) => `SUM(CASE WHEN (${q('firstFlags')} & ${x}) <> 0 THEN 1 ELSE 0 END)`;
    await m.query('DELETE FROM sales_daily');
    await m.query('DELETE FROM sales_product_daily');
    await m.query('DELETE FROM sales_product_monthly');
    await m.query('DELETE FROM sales_distinct');
    await m.query('DELETE FROM sales_distinct_counts');
    await m.query(
      `INSERT INTO sales_daily (${['saleDate', 'buyerType', 'helperKey', 'countyCode', 'yearMonth', 'prefectureCode', 'provinceCode', ...DAILY_SUMS].map(q).join(', ')})
       SELECT ${q('saleDate')}, ${q('buyerType')}, COALESCE(${q('helperUnitId')}, ''), ${q('countyCode')}, MAX(${q('yearMonth')}), MAX(${q('prefectureCode')}), MAX(${q('provinceCode')}),
              COUNT(*), SUM(${q('netQty')}), SUM(${q('netFen')}), SUM(${q('discountFen')} - ${q('refundedDiscountFen')}),
              ${b(FIRST_OF.ORDER)}, ${b(FIRST_OF.COUNTY)}, ${b(FIRST_OF.PREFECTURE)}, ${b(FIRST_OF.PROVINCE)}, ${b(FIRST_OF.HELPER)}
       FROM sales_facts GROUP BY ${q('saleDate')}, ${q('buyerType')}, COALESCE(${q('helperUnitId')}, ''), ${q('countyCode')}`,
    );
    await m.query(
      `INSERT INTO sales_product_daily (${['saleDate', 'productId', 'yearMonth', 'season', ...PRODUCT_SUMS].map(q).join(', ')})
       SELECT ${q('saleDate')}, ${q('productId')}, MAX(${q('yearMonth')}), MAX(${q('season')}), SUM(${q('netQty')}), SUM(${q('netFen')}), ${b(FIRST_OF.PRODUCT)}, ${b(FIRST_OF.SEASON)}
       FROM sales_facts GROUP BY ${q('saleDate')}, ${q('productId')}`,
    );
    await m.query(
      `INSERT INTO sales_product_monthly (${['yearMonth', 'productId', ...MONTHLY_SUMS].map(q).join(', ')})
       SELECT ${q('yearMonth')}, ${q('productId')}, SUM(${q('netQty')}), SUM(${q('netFen')}), SUM(${q('orders')})
       FROM sales_product_daily GROUP BY ${q('yearMonth')}, ${q('productId')}`,
    );
    const year = `SUBSTR(${q('yearMonth')}, 1, 4)`;
    const cols = ['year', 'dim', 'groupKey', 'member'].map(q).join(', ');
    for (const [g, key] of [['H', `COALESCE(${q('helperUnitId')}, '')`], ['C', q('countyCode')], ['T', "''"]]) {
      await m.query(`INSERT INTO sales_distinct (${cols}) SELECT DISTINCT ${year}, '${g}B', ${key}, ${q('buyerOrgId')} FROM sales_facts`);
      await m.query(`INSERT INTO sales_distinct (${cols}) SELECT DISTINCT ${year}, '${g}A', ${key}, ${q('buyerOrgId')} FROM sales_facts WHERE ${q('source')} = '${SalesSource.PROCUREMENT_LINE}'`);
      await m.query(`INSERT INTO sales_distinct (${cols}) SELECT DISTINCT ${year}, '${g}S', ${key}, ${q('supplierId')} FROM sales_facts`);
    }
    await m.query(
      `INSERT INTO sales_distinct_counts (${['year', 'dim', 'groupKey', 'members'].map(q).join(', ')})
       SELECT ${q('year')}, ${q('dim')}, ${q('groupKey')}, COUNT(*) FROM sales_distinct GROUP BY ${q('year')}, ${q('dim')}, ${q('groupKey')}`,
    );
  }
}
