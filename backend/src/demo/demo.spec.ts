import { DataSource, In, IsNull, Not } from 'typeorm';
import { Product } from '../catalog/product.entity';
import { Sku } from '../catalog/sku.entity';
import { todayInShanghai } from '../common/validators';
import { User } from '../identity/user.entity';
import { CustomerOrder } from '../orders/customer-order.entity';
import { LedgerEntry } from '../orders/ledger-entry.entity';
import { OrderEvent } from '../orders/order-event.entity';
import { OrderItem } from '../orders/order-item.entity';
import { OrderStatus } from '../orders/order-status';
import { RefundRequest } from '../orders/refund-request.entity';
import { ProcurementOrderEvent } from '../procurement/orders/procurement-order-event.entity';
import { ProcurementOrderLine } from '../procurement/orders/procurement-order-line.entity';
import { ProcurementOrderStatus, ProcurementPurpose } from '../procurement/orders/procurement-order-status';
import { ProcurementOrder } from '../procurement/orders/procurement-order.entity';
import { spread } from '../reports/sales-facts.service';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { DEMO_COOPS } from './demo-catalog.data';
import { HISTORY_DAYS } from './demo-history.plan';
import { DEMO_COUPON_CODE } from './demo-promotions.seeder';

/** The demo data is what a newcomer sees first: the contract's accounts and a traceable catalog. */
describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('has the contract\'s demo accounts with their roles and organisations', async () => {
    const expected: [string, string[], 'agency' | 'supplier' | null][] = [
      [DEMO.operator, ['OPERATOR'], null],
      [DEMO.mangoSupplier, ['SUPPLIER_STAFF'], 'supplier'],
      [DEMO.canteenBuyer, ['CANTEEN_BUYER'], 'agency'],
      [DEMO.approver, ['AGENCY_APPROVER'], 'agency'],
      [DEMO.citizen, ['CITIZEN'], null],
      [DEMO.hechiSupplier, ['SUPPLIER_STAFF'], 'supplier'],
    ];
    for (const [phone, roles, org] of expected) {
      const me = (await t.http().get('/api/auth/me').set('Authorization', await t.login(phone)).expect(200)).body;
      expect(me.roles).toEqual(roles);
      expect(Boolean(me.agency)).toBe(org === 'agency');
      expect(Boolean(me.supplier)).toBe(org === 'supplier');
    }
    const mango = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.mangoSupplier))).body;
    const hechi = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.hechiSupplier))).body;
    expect(mango.supplier.name).toMatch(/田东.*芒果/);
    expect(hechi.supplier.name).toMatch(/巴马/);
  });

  it('gives every demo product a traced batch whose story is public', async () => {
    const staff = await t.login(DEMO.mangoSupplier);
    const batches = (await t.http().get('/api/supplier/batches').set('Authorization', staff).expect(200)).body.items;
    expect(batches.length).toBe(3);
    const story = (await t.http().get(`/api/trace/${batches[0].traceCode}`).expect(200)).body;
    expect(story.events.map((e: { bizStep: string }) => e.bizStep)).toEqual(['harvesting', 'inspecting', 'packing', 'shipping']);
    expect(story.supplier.name).toBe('田东县祥周镇芒果种植专业合作社');
    expect(story.supplyBase.name).toBe('祥周镇芒果供深基地');
    expect(story.certifications.map((c: { type: string }) => c.type)).toContain('ASSISTANCE');
  });

  it('shows the co-ops\' household linkage on their profiles', async () => {
    const profile = (await t.http().get('/api/supplier/profile').set('Authorization', await t.login('13800000010')).expect(200)).body;
    expect(profile).toMatchObject({ status: 'APPROVED', countyCode: '522701', linkedHouseholds: 94 });
  });

  describe('sales history', () => {
    const today = todayInShanghai();
    const year = Number(today.slice(0, 4));
    const month = Number(today.slice(5, 7));
    const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const startOfToday = new Date(`${today}T00:00:00+08:00`);
    const counted = [ProcurementOrderStatus.ACCEPTED, ProcurementOrderStatus.COMPLETED];
    let ds: DataSource;
    let op: string;
    beforeAll(async () => {
      ds = t.app.get(DataSource);
      op = await t.login(DEMO.operator);
    });
    const report = async (path: string) => (await t.http().get(`/api/admin/reports/${path}`).set('Authorization', op).expect(200)).body;

    /**
     * Net sales per month from the order tables themselves — paid customer orders by the day they
     * were paid, accepted procurement by the day of acceptance (refunds spread over the lines as the
     * reports do) — optionally only for lines that `only` keeps.
     */
    async function salesByMonth(from: string, to: string, only: (productId: string) => boolean = () => true): Promise<Map<string, number>> {
      const out = new Map<string, number>();
      const add = (day: string, fen: number) => day >= from && day <= to && out.set(day.slice(0, 7), (out.get(day.slice(0, 7)) ?? 0) + fen);
      for (const o of await ds.getRepository(CustomerOrder).findBy({ paidAt: Not(IsNull()) })) {
        for (const i of await ds.getRepository(OrderItem).findBy({ orderId: o.id })) if (only(i.productId)) add(todayInShanghai(o.paidAt!), i.lineFen - i.refundedFen);
      }
      for (const o of await ds.getRepository(ProcurementOrder).findBy({ status: In(counted) })) {
        const lines = (await ds.getRepository(ProcurementOrderLine).findBy({ orderId: o.id })).sort((a, b) => a.skuId.localeCompare(b.skuId));
        const shares = spread(lines.map((l) => ({ amountFen: l.acceptedFen ?? 0, quantity: l.receivedQty ?? 0 })), o.refundedFen);
        lines.forEach((l, n) => only(l.productId) && add(o.acceptedOn!, (l.acceptedFen ?? 0) - shares[n].refundedFen));
      }
      return out;
    }

    /** The months of a season that are over by today. */
    const over = (months: string[]) => months.filter((m) => m < today.slice(0, 7));

    it('fills the last mango season: the dashboard by month is non-zero and equals the seeded orders of those months', async () => {
      const season = month >= 7 ? year : year - 1; // the latest mango season whose June is over (all of it lies in the history)
      const [from, to] = [`${season}-06-01`, `${season}-09-30`];
      const v = await report(`sales/by-month?from=${from}&to=${to}`);
      const expected = await salesByMonth(from, to);
      expect(v.items.map((r: { month: string; salesFen: number }) => [r.month, r.salesFen])).toEqual([...expected].sort());
      expect(v.total.salesFen).toBe([...expected.values()].reduce((a, b) => a + b, 0));
      const done = over(['06', '07', '08', '09'].map((m) => `${season}-${m}`));
      expect(done.length).toBeGreaterThan(0);
      const row = new Map<string, { salesFen: number; orderCount: number }>(v.items.map((r: { month: string; salesFen: number; orderCount: number }) => [r.month, r]));
      for (const m of done) {
        expect(row.get(m)?.salesFen).toBeGreaterThan(0);
        expect(row.get(m)?.orderCount).toBeGreaterThan(0);
      }

      // The seasonal view counts the fresh mangoes of those months (not the dried ones).
      const mangoes = new Set((await ds.getRepository(Product).findBy({ name: In(['百色芒果 台农一号', '百色芒果 桂七香芒']) })).map((p) => p.id));
      const fresh = await salesByMonth(from, to, (id) => mangoes.has(id));
      const [mango] = (await report(`sales/seasonal?year=${season}`)).seasons;
      expect(mango.months.map((r: { month: string; salesFen: number }) => [r.month, r.salesFen])).toEqual(['06', '07', '08', '09'].map((m) => [`${season}-${m}`, fresh.get(`${season}-${m}`) ?? 0]));
      expect(mango.total.salesFen).toBeGreaterThan(0);
    });

    it('sells sugar oranges in the current (or last) season, every month of it that is over', async () => {
      const season = month === 12 ? year : year - 1; // the latest sugar-orange season whose November is over
      const [orange] = (await report(`sales/seasonal?year=${season}`)).seasons.slice(1);
      const done = orange.months.filter((r: { month: string }) => over([r.month]).length);
      expect(done.length).toBeGreaterThan(0);
      expect(done.every((r: { salesFen: number }) => r.salesFen > 0)).toBe(true);
    });

    it('gives the demo agency its year: the quota counts exactly its accepted history orders', async () => {
      const buyer = await t.login(DEMO.canteenBuyer);
      const agencyId = (await t.http().get('/api/auth/me').set('Authorization', buyer).expect(200)).body.agency.id;
      const quotaYear = today >= `${year}-02-15` ? year : year - 1; // the first weeks of a year have no accepted history yet
      const orders = (await ds.getRepository(ProcurementOrder).findBy({ agencyId, status: In(counted) })).filter((o) => o.acceptedOn!.startsWith(`${quotaYear}-`));
      // Guangdong's policy counts canteen and union-welfare purchases: accepted minus refunded.
      expect(orders.every((o) => [ProcurementPurpose.CANTEEN, ProcurementPurpose.UNION_WELFARE].includes(o.purpose))).toBe(true);
      const expected = orders.reduce((a, o) => a + (o.acceptedFen ?? 0) - o.refundedFen, 0);
      expect(expected).toBeGreaterThan(0);
      const q = (await t.http().get(`/api/agencies/${agencyId}/quota?year=${quotaYear}`).set('Authorization', buyer).expect(200)).body;
      expect(q).toMatchObject({ purchasedFen: expected, countedOrderCount: orders.length });
      expect(q.byMonth.reduce((a: number, m: { purchasedFen: number }) => a + m.purchasedFen, 0)).toBe(expected);
      if (quotaYear === year) expect(q).toMatchObject({ reservedFen: 36_000_000, progress: Math.round((expected / 36_000_000) * 10_000) / 10_000 });
    });

    it('is a modest year of finished orders by new citizens and the two demo agencies', async () => {
      const paid = await ds.getRepository(CustomerOrder).findBy({ paidAt: Not(IsNull()) });
      expect(paid.length).toBeGreaterThanOrEqual(40);
      expect(paid.length).toBeLessThanOrEqual(80);
      expect(paid.every((o) => o.status === OrderStatus.COMPLETED)).toBe(true);
      expect(paid.filter((o) => o.couponId).length).toBeGreaterThan(0);
      expect(await ds.getRepository(CustomerOrder).countBy({ status: OrderStatus.CANCELLED })).toBeGreaterThan(0);
      const buyers = await ds.getRepository(User).findBy({ id: In([...new Set(paid.map((o) => o.userId))]) });
      expect(buyers.every((u) => /^1390000\d{4}$/.test(u.phone))).toBe(true);
      const procurement = await ds.getRepository(ProcurementOrder).find();
      const accepted = procurement.filter((o) => counted.includes(o.status));
      expect(accepted.length).toBeGreaterThanOrEqual(10);
      expect(accepted.length).toBeLessThanOrEqual(20);
      expect(procurement.every((o) => [ProcurementOrderStatus.COMPLETED, ProcurementOrderStatus.CANCELLED].includes(o.status))).toBe(true);
      expect(accepted.some((o) => o.purpose === ProcurementPurpose.UNION_WELFARE)).toBe(true);
      expect(accepted.some((o) => o.refundedFen > 0)).toBe(true);
      expect(new Set(accepted.map((o) => o.agencyId)).size).toBe(2);
      // Roughly 14 months: the first sale more than 13 months ago, none before the history's first day.
      const first = paid.map((o) => todayInShanghai(o.paidAt!)).sort()[0];
      expect(first >= addDays(today, -HISTORY_DAYS)).toBe(true);
      expect(first < addDays(today, -395)).toBe(true);
    });

    it('dates everything it made in the past, order numbers included', async () => {
      for (const o of await ds.getRepository(CustomerOrder).find()) {
        expect(o.createdAt.getTime()).toBeLessThan(startOfToday.getTime());
        expect(o.orderNo.slice(0, 8)).toBe(todayInShanghai(o.createdAt).replace(/-/g, ''));
      }
      expect((await ds.getRepository(OrderEvent).find()).filter((e) => e.createdAt >= startOfToday)).toEqual([]);
      for (const e of await ds.getRepository(LedgerEntry).find()) {
        const o = await ds.getRepository(CustomerOrder).findOneByOrFail({ id: e.orderId });
        expect(e.businessDate).toBe(todayInShanghai(o.paidAt!));
      }
      for (const o of await ds.getRepository(ProcurementOrder).find()) {
        expect(o.orderNo.slice(0, 8)).toBe(todayInShanghai(o.submittedAt!).replace(/-/g, ''));
        expect(o.deliveryDate > todayInShanghai(o.submittedAt!)).toBe(true);
        if (o.acceptedOn) expect(o.acceptedOn).toBe(o.deliveryDate);
      }
      expect((await ds.getRepository(ProcurementOrderEvent).find()).filter((e) => e.at >= startOfToday || e.createdAt >= startOfToday)).toEqual([]);
    });

    it('makes a history order\'s contract on its first download, dated when the order was confirmed', async () => {
      const buyer = await t.login(DEMO.canteenBuyer);
      const agencyId = (await t.http().get('/api/auth/me').set('Authorization', buyer).expect(200)).body.agency.id;
      const [order] = await ds.getRepository(ProcurementOrder).find({ where: { agencyId, status: ProcurementOrderStatus.COMPLETED }, order: { confirmedAt: 'ASC' }, take: 1 });
      expect(order.contractFileId).toBeNull();
      const pdf = await t.http().get(`/api/procurement/orders/${order.id}/contract.pdf`).set('Authorization', buyer).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(pdf.status).toBe(200);
      // pdfkit writes the confirmation time as the document's CreationDate (D:YYYYMMDDHHmmss, UTC).
      const stamp = order.confirmedAt!.toISOString().replace(/\D/g, '').slice(0, 14);
      expect((pdf.body as Buffer).toString('latin1')).toContain(`D:${stamp}`);
      expect((await ds.getRepository(ProcurementOrder).findOneByOrFail({ id: order.id })).contractFileId).not.toBeNull();
    }, 30_000);

    it('leaves the demo accounts nothing to do, the demo citizen untouched and the demo stock as listed', async () => {
      const approvals = (await t.http().get('/api/procurement/approvals').set('Authorization', await t.login(DEMO.approver)).expect(200)).body;
      expect(approvals.items).toEqual([]);
      for (const phone of [DEMO.mangoSupplier, DEMO.hechiSupplier]) {
        const list = (await t.http().get('/api/supplier/procurement-orders?pageSize=100').set('Authorization', await t.login(phone)).expect(200)).body.items;
        expect(list.filter((o: { status: string }) => !['COMPLETED', 'CANCELLED'].includes(o.status))).toEqual([]);
      }
      expect(await ds.getRepository(CustomerOrder).countBy({ status: Not(In([OrderStatus.COMPLETED, OrderStatus.CANCELLED])) })).toBe(0);
      expect(await ds.getRepository(RefundRequest).count()).toBe(0);
      const citizen = await t.login(DEMO.citizen);
      expect((await t.http().get('/api/orders').set('Authorization', citizen).expect(200)).body.items).toEqual([]);
      const wallet = (await t.http().get('/api/coupons/mine').set('Authorization', citizen).expect(200)).body.items;
      expect(wallet).toEqual([expect.objectContaining({ code: DEMO_COUPON_CODE, status: 'AVAILABLE' })]);
      const listed = Object.fromEntries(DEMO_COOPS.flatMap((c) => c.products.flatMap((p) => p.skus.map((s) => [`${p.name} ${s.spec}`, s.stock]))));
      const names = new Map((await ds.getRepository(Product).find()).map((p) => [p.id, p.name]));
      const now = Object.fromEntries((await ds.getRepository(Sku).find()).map((s) => [`${names.get(s.productId)} ${s.spec}`, s.stock]));
      expect(now).toEqual(listed);
    });
  });
});
