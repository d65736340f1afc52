import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { Product } from '../catalog/product.entity';
import { Sku } from '../catalog/sku.entity';
import { DomainEvents } from '../common/domain-events';
import { todayInShanghai } from '../common/validators';
import { DEMO_COUPON_CODE } from '../demo/demo-promotions.seeder';
import { Agency } from '../procurement/agency.entity';
import { Canteen } from '../procurement/canteen.entity';
import { ProcurementOrderLine } from '../procurement/orders/procurement-order-line.entity';
import { ProcurementOrderStatus, ProcurementPurpose } from '../procurement/orders/procurement-order-status';
import { ProcurementOrder } from '../procurement/orders/procurement-order.entity';
import '../procurement/orders/procurement-events';
import { checkout, freePort, payAtCashier } from '../testing/order-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { SalesDaily, SalesDistinct, SalesDistinctCount, SalesProductDaily, SalesProductMonthly } from './rollup.entities';
import { SalesFact } from './sales-fact.entity';
import { SalesFactsService, spread } from './sales-facts.service';
import { splitMonths } from './sales-reports.service';

/**
 * A scripted data set — two real customer orders paid at the sandbox cashier today, and procurement
 * orders accepted on fixed days (their rows written to the procurement tables and their
 * `procurement.order.accepted` events published as the procurement context does) — whose report
 * figures must equal the tables computed by hand below. So the demo is loaded without its sales
 * history (SEED_DEMO_HISTORY=false); demo/demo.spec.ts checks the reports against that history.
 */
describe('reports', () => {
  let t: TestApp;
  let op: string;
  let ds: DataSource;
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const month = today.slice(0, 7);
  let mango: { productId: string; skuId: string; supplierId: string; baseId: string | null };
  let orange: { productId: string; skuId: string; supplierId: string; baseId: string | null };
  let agencyId: string;
  let canteenId: string;
  let unionOrderId: string;

  const demoProduct = async (name: string) => {
    const p = await ds.getRepository(Product).findOneByOrFail({ name });
    const sku = await ds.getRepository(Sku).findOneOrFail({ where: { productId: p.id }, order: { priceFen: 'ASC' } });
    return { productId: p.id, skuId: sku.id, supplierId: p.supplierId, baseId: p.supplyBaseId };
  };

  /**
   * The procurement tables belong to another context whose columns grow; required columns this
   * test does not care about get a neutral value from the entity metadata.
   */
  const filled = <T extends object>(target: new () => T, values: Partial<T>): T => {
    const row: Record<string, unknown> = { ...values };
    for (const c of ds.getMetadata(target).columns) {
      if (c.propertyName in row || c.isNullable || c.default !== undefined || ['id', 'createdAt', 'updatedAt'].includes(c.propertyName)) continue;
      const type = String(c.type);
      row[c.propertyName] = c.enum ? c.enum[0] : /int|bigint|float|decimal|number/i.test(type) ? 0 : /bool/i.test(type) ? false : type === 'date' ? '2020-01-01' : /datetime/i.test(type) ? new Date() : c.propertyName.slice(0, 8);
    }
    return ds.getRepository(target).create(row as T);
  };

  /** A procurement order accepted on `acceptedAt`: its rows, then its event (what the procurement context does). */
  const accept = async (acceptedAt: string, purpose: ProcurementPurpose, lines: { p: typeof mango; county: string; qty: number; fen: number }[]) => {
    const orderId = randomUUID();
    const at = new Date(acceptedAt);
    const total = lines.reduce((a, l) => a + l.fen, 0);
    await ds.getRepository(ProcurementOrder).insert(
      filled(ProcurementOrder, {
        id: orderId, orderNo: String(Math.floor(Math.random() * 1e16)).padStart(16, '1'), agencyId, canteenId, buyerUserId: randomUUID(), supplierId: lines[0].p.supplierId, agreementId: null, standingOrderId: null,
        idempotencyKey: randomUUID(), purpose, status: ProcurementOrderStatus.ACCEPTED, version: 1, goodsFen: total, confirmedFen: total, acceptedFen: total, acceptedPairedFen: null, refundedFen: 0,
        deliveryDate: acceptedAt.slice(0, 10), deliveryAddress: '深圳市福田区福中三路 1 号', contactName: '李建国', contactPhone: '13800000003', buyerNote: null, submittedAt: at, approvalRequired: false,
        approverUserId: null, approvedAt: null, rejectReason: null, confirmDeadline: null, confirmedAt: at, contractFileId: null, shippedAt: at, acceptedAt: at, acceptedOn: todayInShanghai(at),
        paidAt: null, cancelledAt: null, cancelReason: null,
      }),
    );
    for (const l of lines) {
      const sku = await ds.getRepository(Sku).findOneByOrFail({ id: l.p.skuId });
      await ds.getRepository(ProcurementOrderLine).insert(
        filled(ProcurementOrderLine, { orderId, productId: l.p.productId, skuId: l.p.skuId, productName: '测试', spec: sku.spec, unit: sku.unit, originCountyCode: l.county, quantity: l.qty, listPriceFen: l.fen / l.qty, unitPriceFen: l.fen / l.qty, lineFen: l.fen, receivedQty: l.qty, acceptedFen: l.fen, shortfallNote: null }),
      );
    }
    await t.app.get(DomainEvents).publish('procurement.order.accepted', {
      orderId, orderNo: 'x', agencyId, purpose, acceptedAt: at,
      lines: lines.map((l) => ({ productId: l.p.productId, skuId: l.p.skuId, supplierId: l.p.supplierId, originCountyCode: l.county, quantity: l.qty, amountFen: l.fen })),
    });
    return orderId;
  };
  const get = async (path: string) => {
    const res = await t.http().get(`/api/admin/reports/${path}`).set('Authorization', op);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PUBLIC_BASE_URL: base, SEED_DEMO_HISTORY: 'false' });
    await t.app.listen(port, '127.0.0.1');
    ds = t.app.get(DataSource);
    op = await t.login(DEMO.operator);
    mango = await demoProduct('百色芒果 台农一号'); // 田东县 451022, 5990 fen; 带贫 126 (co-op's largest: 126)
    orange = await demoProduct('田阳沙糖桔'); // 田阳区 451003, 3990 fen; 带贫 213
    const agency = await ds.getRepository(Agency).findOneByOrFail({ name: '深圳市福田区机关事务管理局' });
    agencyId = agency.id;
    canteenId = (await ds.getRepository(Canteen).findOneByOrFail({ agencyId })).id;

    // Today: a citizen's union-coupon order (UNION) and another citizen order without coupon (CITIZEN).
    const citizen = await t.login(DEMO.citizen);
    const withCoupon = await checkout(t, citizen, [{ skuId: mango.skuId, quantity: 2 }, { skuId: orange.skuId, quantity: 1 }], undefined, { couponCode: DEMO_COUPON_CODE });
    expect(withCoupon.status).toBe(201);
    unionOrderId = withCoupon.body.id;
    await payAtCashier(t, base, citizen, unionOrderId);
    const plain = await checkout(t, citizen, [{ skuId: orange.skuId, quantity: 2 }]);
    expect(plain.status).toBe(201);
    await payAtCashier(t, base, citizen, plain.body.id);

    // Past procurement: 2020 under the old code 451021 (南山区's pairing), 2022 under 451003 (光明区's).
    await accept('2020-07-15T10:00:00+08:00', ProcurementPurpose.CANTEEN, [{ p: orange, county: '451021', qty: 10, fen: 39_900 }]);
    await accept('2022-07-15T10:00:00+08:00', ProcurementPurpose.UNION_WELFARE, [{ p: orange, county: '451003', qty: 5, fen: 19_950 }]);
    // 2025 seasons: mango in July, sugar orange in December.
    await accept('2025-07-20T09:00:00+08:00', ProcurementPurpose.CANTEEN, [{ p: mango, county: '451022', qty: 8, fen: 48_000 }]);
    await accept('2025-12-10T09:00:00+08:00', ProcurementPurpose.CANTEEN, [{ p: orange, county: '451003', qty: 4, fen: 16_000 }]);
    // Today: canteen orders from both co-ops, then returns (135 yuan in all) after acceptance.
    const now = new Date().toISOString();
    const canteenMango = await accept(now, ProcurementPurpose.CANTEEN, [{ p: mango, county: '451022', qty: 20, fen: 100_000 }]);
    const canteenOrange = await accept(now, ProcurementPurpose.CANTEEN, [{ p: orange, county: '451003', qty: 10, fen: 35_000 }]);
    const refund = async (orderId: string, fen: number) => {
      await ds.getRepository(ProcurementOrder).update({ id: orderId }, { refundedFen: fen });
      await t.app.get(DomainEvents).publish('procurement.order.refunded', { orderId, agencyId, refundedAt: new Date(), amountFen: fen, totalRefundedFen: fen });
    };
    await refund(canteenMango, 10_000);
    await refund(canteenOrange, 3_500);
    // A repeated event changes nothing (idempotent).
    await refund(canteenOrange, 3_500);
  }, 120_000);
  afterAll(() => t.close());

  it('attributes the 2020 sale to 南山区 and the 2022 sale to 光明区, both in the one 田阳区 county row', async () => {
    const y2020 = await get('sales/by-helper?from=2020-01-01&to=2020-12-31');
    expect(y2020.items).toEqual([{ helperUnitId: expect.any(String), helperName: '深圳市南山区', city: '深圳市', salesFen: 39_900, quantity: 10, orderCount: 1 }]);
    const y2022 = await get('sales/by-helper?from=2022-01-01&to=2022-12-31');
    expect(y2022.items).toEqual([{ helperUnitId: expect.any(String), helperName: '深圳市光明区', city: '深圳市', salesFen: 19_950, quantity: 5, orderCount: 1 }]);
    const both = await get('sales/by-county?from=2020-01-01&to=2022-12-31');
    expect(both.items).toEqual([{ countyCode: '451003', countyName: '田阳区', prefectureCode: '451000', prefectureName: '百色市', provinceName: '广西壮族自治区', salesFen: 59_850, quantity: 15, orderCount: 2 }]);
    const fact2020 = await ds.getRepository(SalesFact).findOneByOrFail({ saleDate: '2020-07-15' });
    expect(fact2020).toMatchObject({ originalCountyCode: '451021', countyCode: '451003', buyerType: 'CANTEEN' });
    const types = await get('sales/by-buyer-type?from=2022-01-01&to=2022-12-31');
    expect(types.items.find((r: { buyerType: string }) => r.buyerType === 'UNION')).toMatchObject({ salesFen: 19_950, quantity: 5, orderCount: 1 });
    const months = await get('sales/by-month?from=2020-01-01&to=2022-12-31');
    expect(months.items).toEqual([
      { month: '2020-07', salesFen: 39_900, quantity: 10, orderCount: 1 },
      { month: '2022-07', salesFen: 19_950, quantity: 5, orderCount: 1 },
    ]);
  });

  // This year by hand:
  //   union order   mango 2×5990 = 11980 + orange 1×3990 = 3990 (coupon 2000 split over the two lines)
  //   citizen order orange 2×3990 = 7980
  //   canteen orders mango 20 units 100000 (refund 10000 → −2 units by share), orange 10 units 35000 (refund 3500 → −1 unit)
  //   田东 451022 (坪山区): 11980 + 90000 = 101980, 2 + 18 = 20 units, 2 orders
  //   田阳 451003 (光明区): 3990 + 7980 + 31500 = 43470, 1 + 2 + 9 = 12 units, 3 orders; 4 orders in all
  const thisYear = `from=${year}-01-01&to=${year}-12-31`;
  it('tables this year equal the hand-computed figures', async () => {
    const byCounty = await get(`sales/by-county?${thisYear}`);
    expect(byCounty.items.map((r: Record<string, unknown>) => [r.countyCode, r.countyName, r.salesFen, r.quantity, r.orderCount])).toEqual([
      ['451003', '田阳区', 43_470, 12, 3],
      ['451022', '田东县', 101_980, 20, 2],
    ].sort((a, b) => (b[2] as number) - (a[2] as number)));
    expect(byCounty.total).toEqual({ salesFen: 145_450, quantity: 32, orderCount: 4 });
    const byHelper = await get(`sales/by-helper?${thisYear}`);
    expect(byHelper.items.map((r: Record<string, unknown>) => [r.helperName, r.salesFen, r.quantity, r.orderCount])).toEqual([
      ['深圳市坪山区', 101_980, 20, 2],
      ['深圳市光明区', 43_470, 12, 3],
    ]);
    const byType = await get(`sales/by-buyer-type?${thisYear}`);
    expect(byType.items.map((r: Record<string, unknown>) => [r.buyerType, r.salesFen, r.quantity, r.orderCount])).toEqual([
      ['CITIZEN', 7_980, 2, 1],
      ['CANTEEN', 121_500, 27, 2],
      ['UNION', 15_970, 3, 1],
    ]);
    const byMonth = await get(`sales/by-month?${thisYear}`);
    expect(byMonth.items).toEqual([{ month, salesFen: 145_450, quantity: 32, orderCount: 4 }]);
    const provinces = await get(`sales/by-region?level=PROVINCE&${thisYear}`);
    expect(provinces.items).toEqual([{ code: '450000', name: '广西壮族自治区', salesFen: 145_450, quantity: 32, orderCount: 4 }]);
    const top = await get(`sales/top-products?limit=1&${thisYear}`);
    // The same ranking over a range cut mid-month (daily rollup for the partial month).
    expect((await get(`sales/top-products?limit=1&from=${year}-01-01&to=${today}`)).items).toEqual(top.items);
    expect(top.items).toEqual([expect.objectContaining({ rank: 1, productName: '百色芒果 台农一号', countyName: '田东县', salesFen: 101_980, quantity: 20, orderCount: 2 })]);
  });

  it('seasonal view: 2025 mango season in July, sugar-orange season in December', async () => {
    const v = await get('sales/seasonal?year=2025');
    const [m, o] = v.seasons;
    expect(m.season).toBe('MANGO');
    expect(m.months.map((r: Record<string, unknown>) => [r.month, r.salesFen])).toEqual([['2025-06', 0], ['2025-07', 48_000], ['2025-08', 0], ['2025-09', 0]]);
    expect(o.months.map((r: Record<string, unknown>) => [r.month, r.salesFen])).toEqual([['2025-11', 0], ['2025-12', 16_000], ['2026-01', 0], ['2026-02', 0]]);
    expect(o.total).toEqual({ salesFen: 16_000, quantity: 4, orderCount: 1 });
  });

  it('results (帮扶成效) per helper and per county', async () => {
    const facts = await ds.getRepository(SalesFact).findBy({ orderId: unionOrderId });
    const coupon = (productId: string) => facts.filter((f) => f.productId === productId).reduce((a, f) => a + f.discountFen, 0);
    expect(coupon(mango.productId) + coupon(orange.productId)).toBe(2000);
    const v = await get(`results?groupBy=helper&year=${year}`);
    expect(v.items.map((r: Record<string, unknown>) => [r.name, r.salesFen, r.orderCount, r.buyingUnits, r.agencyUnits, r.supplierCount, r.linkedHouseholds, r.couponFen, r.subsidyFen])).toEqual([
      ['深圳市坪山区', 101_980, 2, 2, 1, 1, 126, coupon(mango.productId), 0],
      ['深圳市光明区', 43_470, 3, 2, 1, 1, 213, coupon(orange.productId), 0],
    ]);
    expect(v.total).toMatchObject({ salesFen: 145_450, orderCount: 4, buyingUnits: 2, agencyUnits: 1, supplierCount: 2, linkedHouseholds: 339, couponFen: 2000 });
    // 2020: the 田阳 co-op's certificate was not valid then, so no households are counted.
    const old = await get('results?groupBy=county&year=2020');
    expect(old.items).toEqual([expect.objectContaining({ key: '451003', name: '田阳区', parent: '百色市', salesFen: 39_900, orderCount: 1, buyingUnits: 1, agencyUnits: 1, linkedHouseholds: 0, couponFen: 0 })]);
  });

  it('exports a table as .xlsx with the same figures', async () => {
    const res = await t.http().get(`/api/admin/reports/results/export.xlsx?groupBy=helper&year=${year}`).set('Authorization', op).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('帮扶成效')!;
    const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const pingshan = rows.find((r) => r[0] === '深圳市坪山区')!;
    expect(pingshan.slice(2, 8)).toEqual([1019.8, 2, 2, 1, 1, 126]);
    expect(rows[rows.length - 1].slice(0, 4)).toEqual(['合计', undefined, 1454.5, 4]);
  });

  it('traceability: sold units of this year traced through the demo batches; drill-down; expiring certificates', async () => {
    const v = await get(`traceability/bases?${thisYear}`);
    const orangeBase = v.items.find((b: { baseId: string }) => b.baseId === orange.baseId);
    // Whether today's orange units are traced depends on the demo batch's harvest day (in season) being on or before today.
    expect(orangeBase).toMatchObject({ baseName: '百育镇沙糖桔种植基地', countyName: '田阳区', soldUnits: 12, productCount: 1, batchCount: 1, failedInspections: 0, lastInspectionPassed: true });
    const detail = await get(`traceability/bases/${orange.baseId}?${thisYear}`);
    expect(detail.batches).toHaveLength(1);
    expect(detail.batches[0].complete).toBe(true);
    expect(detail.batches[0].journey.map((s: { bizStep: string }) => s.bizStep)).toEqual(['harvesting', 'inspecting', 'packing', 'shipping']);
    const traced = detail.batches[0].harvestDate <= today ? 12 : 0;
    expect(orangeBase.tracedUnits).toBe(traced);
    expect(detail.batches[0].soldUnits).toBe(traced);
    const old = await get('traceability/bases?from=2020-01-01&to=2020-12-31');
    expect(old.items.find((b: { baseId: string }) => b.baseId === orange.baseId)).toMatchObject({ soldUnits: 10, tracedUnits: 0, coverage: 0 });
    // Demo certificates run to the end of next year or later: none expires within 90 days, until one is set to.
    const in20 = new Date(Date.parse(`${today}T00:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
    await ds.query(`UPDATE certifications SET ${ds.options.type === 'better-sqlite3' ? '"validTo"' : '`validTo`'} = ? WHERE ${ds.options.type === 'better-sqlite3' ? '"productId"' : '`productId`'} = ? AND type = 'ASSISTANCE'`, [in20, orange.productId]);
    const soon = await get('traceability/expiring?days=30');
    expect(soon.items).toEqual([expect.objectContaining({ subject: 'PRODUCT', subjectName: '田阳沙糖桔', type: 'ASSISTANCE', validTo: in20, daysLeft: 20 })]);
  });

  it('checks its input and is for operators only', async () => {
    expect((await t.http().get('/api/admin/reports/sales/by-month?from=2026-05-01&to=2026-04-01').set('Authorization', op)).body.code).toBe('INVALID_RANGE');
    expect((await t.http().get('/api/admin/reports/sales/by-month?from=2010-01-01&to=2026-04-01').set('Authorization', op)).body.code).toBe('RANGE_TOO_LONG');
    expect((await t.http().get('/api/admin/reports/sales/by-month?from=2026-02-30').set('Authorization', op)).status).toBe(400);
    expect((await t.http().get('/api/admin/reports/traceability/expiring?days=45').set('Authorization', op)).status).toBe(400);
    expect((await t.http().get('/api/admin/reports/sales/by-month').set('Authorization', await t.login(DEMO.citizen))).status).toBe(403);
  });

  it('splits a range into whole months and partial ends (top products read monthly rollups for whole months)', () => {
    expect(splitMonths({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ months: ['2026-01', '2026-12'], edges: [] });
    expect(splitMonths({ from: '2026-01-15', to: '2026-03-10' })).toEqual({ months: ['2026-02', '2026-02'], edges: [{ from: '2026-01-15', to: '2026-01-31' }, { from: '2026-03-01', to: '2026-03-10' }] });
    expect(splitMonths({ from: '2024-02-03', to: '2024-02-29' })).toEqual({ months: null, edges: [{ from: '2024-02-03', to: '2024-02-29' }] });
    expect(splitMonths({ from: '2025-12-02', to: '2026-01-31' })).toEqual({ months: ['2026-01', '2026-01'], edges: [{ from: '2025-12-02', to: '2025-12-31' }] });
  });

  it('spreads a procurement refund over the lines by amount', () => {
    expect(spread([{ amountFen: 100_000, quantity: 20 }, { amountFen: 35_000, quantity: 10 }], 13_500)).toEqual([{ refundedFen: 10_000, refundedQty: 2 }, { refundedFen: 3_500, refundedQty: 1 }]);
    expect(spread([{ amountFen: 1, quantity: 1 }, { amountFen: 1, quantity: 1 }, { amountFen: 1, quantity: 1 }], 2)).toEqual([{ refundedFen: 1, refundedQty: 1 }, { refundedFen: 1, refundedQty: 1 }, { refundedFen: 0, refundedQty: 0 }]);
  });

  it('a customer refund takes its units, money and coupon share off the facts and the rollups', async () => {
    const citizen = await t.login(DEMO.citizen);
    const mangoStaff = await t.login(DEMO.mangoSupplier);
    const order = (await t.http().get(`/api/orders/${unionOrderId}`).set('Authorization', citizen).expect(200)).body;
    const item = order.items.find((i: { productId: string }) => i.productId === mango.productId);
    const before = (await get(`sales/by-county?${thisYear}`)).items.find((r: { countyCode: string }) => r.countyCode === '451022');
    const couponBefore = (await get(`results?groupBy=helper&year=${year}`)).total.couponFen;
    const r = await t.http().post(`/api/orders/${unionOrderId}/refunds`).set('Authorization', citizen).send({ supplierOrderId: item.supplierOrderId, reason: '多买了一箱', lines: [{ orderItemId: item.id, quantity: 1 }] }).expect(201);
    await t.http().post(`/api/supplier/refunds/${r.body.id}/approve`).set('Authorization', mangoStaff).expect(200);
    const refund = (await t.http().get(`/api/orders/${unionOrderId}`).set('Authorization', citizen).expect(200)).body.refunds[0];
    expect(refund.status).toBe('REFUNDED');
    // One box of 5990: what the buyer got back plus the union's share taken back.
    expect(refund.amountFen + refund.subsidyFen).toBe(5990);
    const after = (await get(`sales/by-county?${thisYear}`)).items.find((r: { countyCode: string }) => r.countyCode === '451022');
    expect(after).toMatchObject({ salesFen: before.salesFen - 5990, quantity: before.quantity - 1, orderCount: before.orderCount });
    expect((await get(`results?groupBy=helper&year=${year}`)).total.couponFen).toBe(couponBefore - refund.subsidyFen);
  });

  it('rebuild from the order tables gives the same facts and rollups as the events did', async () => {
    const snapshot = async () => {
      const facts = (await ds.getRepository(SalesFact).find()).map(({ id: _i, createdAt: _c, updatedAt: _u, ...rest }) => rest).sort((a, b) => a.sourceId.localeCompare(b.sourceId));
      const daily = (await ds.getRepository(SalesDaily).find()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      const product = (await ds.getRepository(SalesProductDaily).find()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      const sorted = async <T extends object>(e: new () => T) => (await ds.getRepository(e).find()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      return { facts, daily, product, monthly: await sorted(SalesProductMonthly), distinct: await sorted(SalesDistinct), counts: await sorted(SalesDistinctCount) };
    };
    const fed = await snapshot();
    expect(fed.facts).toHaveLength(3 + 1 + 1 + 1 + 1 + 2);
    const { facts } = await t.app.get(SalesFactsService).rebuild();
    expect(facts).toBe(9);
    expect(await snapshot()).toEqual(fed);
    // The set-based rollup of the facts equals the incrementally maintained one too.
    await t.app.get(SalesFactsService).rollup();
    expect(await snapshot()).toEqual(fed);
  });
});
