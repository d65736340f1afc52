import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ProductCategory } from '../catalog/product.entity';
import { AppConfig, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveRange } from './dto';
import { ResultsService } from './results.service';
import { FactInput, FactStore, withFlags } from './fact-store';
import { BuyerType, SalesSource } from './sales-fact.entity';
import { SalesReportsService } from './sales-reports.service';
import { seasonOf } from './seasons';
import { benchDatabase } from '../testing/bench-database';

/**
 * `pnpm bench:reports [lines=1000000]` (node backend/dist/reports/bench-reports.js): creates a
 * scratch database (a SQLite file in /tmp; a fresh MySQL/MariaDB database when DATABASE_URL is set),
 * runs the migrations, generates `lines` sales facts spread over this year (so the default range
 * "this year" covers every line: the worst case), and times each dashboard query as the routes run
 * it (median of 3 runs). Prints a table of figures and the peak RSS. Never run by the tests.
 */
const COUNTIES: [string, string, string][] = [
  ['451022', '451000', '450000'], ['451003', '451000', '450000'], ['451026', '451000', '450000'], ['451027', '451000', '450000'], ['451028', '451000', '450000'],
  ['451029', '451000', '450000'], ['451030', '451000', '450000'], ['451031', '451000', '450000'], ['451024', '451000', '450000'], ['451227', '451200', '450000'],
  ['451228', '451200', '450000'], ['451229', '451200', '450000'], ['451226', '451200', '450000'], ['451225', '451200', '450000'], ['450124', '450100', '450000'],
  ['450125', '450100', '450000'], ['450123', '450100', '450000'], ['450328', '450300', '450000'], ['450329', '450300', '450000'], ['530602', '530600', '530000'],
  ['530621', '530600', '530000'], ['530622', '530600', '530000'], ['530627', '530600', '530000'], ['522701', '522700', '520000'], ['522722', '522700', '520000'],
  ['522728', '522700', '520000'], ['522729', '522700', '520000'],
];
const GOODS: [string, ProductCategory][] = [
  ['芒果', ProductCategory.FRUIT], ['沙糖桔', ProductCategory.FRUIT], ['苹果', ProductCategory.FRUIT], ['百香果', ProductCategory.FRUIT], ['毛尖', ProductCategory.TEA],
  ['火麻油', ProductCategory.GRAIN_OIL], ['香米', ProductCategory.GRAIN_OIL], ['腊肉', ProductCategory.MEAT_EGG], ['土鸡蛋', ProductCategory.MEAT_EGG], ['香菇', ProductCategory.DRIED],
  ['核桃', ProductCategory.DRIED], ['红薯', ProductCategory.VEGETABLE], ['螺蛳粉', ProductCategory.PROCESSED], ['芒果干', ProductCategory.PROCESSED], ['蜂蜜', ProductCategory.PROCESSED],
];
const PRODUCTS = 2000;
const HELPERS = 40;
const CITIZENS = 100_000;
const AGENCIES = 4000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function main(): Promise<void> {
  const lines = Number(process.argv[2] ?? 1_000_000);
  const { database, drop, label } = await benchDatabase('SQLite (file in /tmp, WAL)');
  const dir = mkdtempSync(join(tmpdir(), 'bangfu-bench-reports-'));
  const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database: database.kind === 'sqlite' ? { kind: 'sqlite', path: join(dir, 'bench.sqlite') } : database };
  const ds = new DataSource(await dataSourceOptions(config));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const year = new Date().getUTCFullYear();
    const t0 = performance.now();
    await generate(ds, lines, year);
    const genS = (performance.now() - t0) / 1000;
    if (ds.options.type === 'better-sqlite3') await ds.query('ANALYZE');
    else for (const t of ['sales_facts', 'sales_daily', 'sales_product_daily', 'sales_product_monthly', 'sales_distinct', 'sales_distinct_counts']) await ds.query(`ANALYZE TABLE ${t}`);
    const counts = [];
    for (const t of ['sales_daily', 'sales_product_daily', 'sales_product_monthly', 'sales_distinct', 'sales_distinct_counts']) counts.push(`${t} ${Number((await ds.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n).toLocaleString('en')}`);

    const sales = new SalesReportsService(ds);
    const results = new ResultsService(ds);
    const range = resolveRange({});
    const quarter = { from: `${year}-04-01`, to: `${year}-06-30` };
    const cases: [string, () => Promise<unknown>][] = [
      ['sales/by-month (this year)', () => sales.byMonth(range)],
      ['sales/by-county', () => sales.byCounty(range)],
      ['sales/by-region PREFECTURE', () => sales.byRegion(range, 'PREFECTURE')],
      ['sales/by-region PROVINCE', () => sales.byRegion(range, 'PROVINCE')],
      ['sales/by-helper', () => sales.byHelper(range)],
      ['sales/by-buyer-type', () => sales.byBuyerType(range)],
      ['sales/top-products?limit=20', () => sales.topProducts(range, 20)],
      ['top-products (01-15..11-20)', () => sales.topProducts({ from: `${year}-01-15`, to: `${year}-11-20` }, 20)],
      ['sales/seasonal', () => sales.seasonal(year)],
      ['sales/by-county (one quarter)', () => sales.byCounty(quarter)],
      ['results?groupBy=helper', () => results.results(year, 'helper')],
      ['results?groupBy=county', () => results.results(year, 'county')],
    ];
    console.log(`reports benchmark on ${label}: ${lines.toLocaleString('en')} sales lines over ${year} (generated and rolled up in ${genS.toFixed(1)} s)`);
    console.log(`  rollup rows: ${counts.join(', ')}`);
    console.log(`  ${'query'.padEnd(32)} ${'median ms'.padStart(10)} ${'min ms'.padStart(8)} ${'max ms'.padStart(8)}  rows`);
    let worst = 0;
    for (const [name, run] of cases) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < 3; i++) {
        const s = performance.now();
        const out = (await run()) as { items?: unknown[]; seasons?: unknown[] };
        times.push(performance.now() - s);
        rows = (out.items ?? out.seasons ?? []).length;
      }
      times.sort((a, b) => a - b);
      worst = Math.max(worst, times[1]);
      console.log(`  ${name.padEnd(32)} ${times[1].toFixed(1).padStart(10)} ${times[0].toFixed(1).padStart(8)} ${times[2].toFixed(1).padStart(8)}  ${rows}`);
    }
    console.log(`  slowest median ${worst.toFixed(1)} ms (target < 1000 ms); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    if (worst >= 1000) process.exitCode = 1;
  } finally {
    await ds.destroy();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const COLUMNS = ['id', 'createdAt', 'updatedAt', 'source', 'sourceId', 'orderId', 'saleDate', 'yearMonth', 'buyerType', 'buyerOrgId', 'productId', 'productName', 'category', 'season', 'supplierId', 'supplyBaseId', 'countyCode', 'originalCountyCode', 'prefectureCode', 'provinceCode', 'helperUnitId', 'helperCity', 'quantity', 'amountFen', 'discountFen', 'refundedQty', 'refundedFen', 'refundedDiscountFen', 'netFen', 'netQty', 'firstFlags'] as const;

/**
 * Generated facts: products with skewed popularity, orders of 1–3 lines, union coupons and 3 %
 * refunded lines; inserted with multi-row INSERTs, then rolled up with the rebuild's set-based SQL.
 */
async function generate(ds: DataSource, lines: number, year: number): Promise<void> {
  const r = rng(7);
  const uuid = () => randomUUID();
  const helpers = Array.from({ length: HELPERS }, () => uuid());
  const citizens = Array.from({ length: CITIZENS }, () => uuid());
  const agencies = Array.from({ length: AGENCIES }, () => uuid());
  const suppliers = Array.from({ length: 500 }, () => uuid());
  const products = Array.from({ length: PRODUCTS }, (_, i) => {
    const [county, prefecture, province] = COUNTIES[i % COUNTIES.length];
    const [good, category] = GOODS[Math.floor(r() * GOODS.length)];
    return { id: uuid(), name: `${good} ${i}号`, category, county, prefecture, province, supplier: suppliers[i % 500], base: r() < 0.8 ? uuid() : null, helper: helpers[COUNTIES.indexOf(COUNTIES[i % COUNTIES.length]) % HELPERS], price: 1000 + Math.floor(r() * 20000) };
  });
  const days = Math.round((Date.UTC(year, 11, 31) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
  const mysql = ds.options.type !== 'better-sqlite3';
  const perStatement = mysql ? 1000 : 400;
  const placeholders = `(${COLUMNS.map(() => '?').join(',')})`;
  const insert = `INSERT INTO sales_facts (${COLUMNS.map((c) => (mysql ? `\`${c}\`` : `"${c}"`)).join(',')}) VALUES `;
  let made = 0;
  let committed = 0;
  let pending: unknown[][] = [];
  const runner = ds.createQueryRunner();
  await runner.startTransaction();
  const flush = async () => {
    if (!pending.length) return;
    await runner.query(insert + Array(pending.length).fill(placeholders).join(','), pending.flat());
    pending = [];
  };
  try {
    while (made < lines) {
      const kind = r();
      const buyerType = kind < 0.55 ? BuyerType.CITIZEN : kind < 0.7 ? BuyerType.UNION : BuyerType.CANTEEN;
      const date = new Date(Date.UTC(year, 0, 1) + Math.floor(r() * days) * 86_400_000).toISOString().slice(0, 10);
      const buyer = buyerType === BuyerType.CANTEEN ? agencies[Math.floor(r() * AGENCIES)] : citizens[Math.floor(r() * CITIZENS)];
      const orderId = uuid();
      const order: FactInput[] = [];
      for (let k = Math.min(1 + Math.floor(r() * 3), lines - made); k > 0; k--) {
        // Squared uniform: the first products sell far more than the last (a long tail).
        const p = products[Math.floor(r() * r() * PRODUCTS)];
        const quantity = buyerType === BuyerType.CANTEEN ? 5 + Math.floor(r() * 50) : 1 + Math.floor(r() * 3);
        const amountFen = quantity * p.price;
        const discountFen = buyerType === BuyerType.UNION ? Math.min(amountFen, 2000) : 0;
        const refunded = r() < 0.03;
        order.push({
          source: buyerType === BuyerType.CANTEEN ? SalesSource.PROCUREMENT_LINE : SalesSource.ORDER_ITEM, sourceId: uuid(), orderId, saleDate: date, yearMonth: date.slice(0, 7), buyerType, buyerOrgId: buyer,
          productId: p.id, productName: p.name, category: p.category, season: seasonOf(p.category, p.name), supplierId: p.supplier, supplyBaseId: p.base, countyCode: p.county, originalCountyCode: p.county,
          prefectureCode: p.prefecture, provinceCode: p.province, helperUnitId: p.helper, helperCity: '深圳市', quantity, amountFen, discountFen,
          refundedQty: refunded ? quantity : 0, refundedFen: refunded ? amountFen - discountFen : 0, refundedDiscountFen: refunded ? discountFen : 0,
        });
      }
      for (const f of withFlags(order)) {
        const row: Record<string, unknown> = { ...f, id: uuid(), createdAt: now, updatedAt: now };
        pending.push(COLUMNS.map((c) => row[c]));
        made++;
        if (pending.length >= perStatement) await flush();
      }
      if (made - committed >= 100_000) {
        committed = made;
        await flush();
        await runner.commitTransaction();
        await runner.startTransaction();
      }
    }
    await flush();
    await runner.commitTransaction();
    await runner.startTransaction();
    await new FactStore(ds).rollupFromFacts(runner.manager);
    await runner.commitTransaction();
  } catch (err) {
    await runner.rollbackTransaction();
    throw err;
  } finally {
    await runner.release();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
