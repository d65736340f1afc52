import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { Supplier } from '../../suppliers/supplier.entity';
import { DEMO, startTestApp, TestApp } from '../../testing/test-app';
import { ProcurementOrder } from '../orders/procurement-order.entity';
import { ProcurementOrderStatus as S, ProcurementPurpose as P } from '../orders/procurement-order-status';
import { computeQuota, QuotaStatus, ResolvedPolicy, statusOf } from './quota-figures';
import { QuotaPoliciesService } from './quota-policies.service';
import { currentQuotaYear } from './quota-year';

/** supertest parser keeping the body as bytes (the xlsx). */
const binary = (res: NodeJS.ReadableStream, cb: (err: Error | null, body: unknown) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const policy = (over: Partial<ResolvedPolicy> = {}): ResolvedPolicy => ({
  id: null, source: 'POLICY', scopeCode: '440000', year: 2026, ratioBp: 3000, countsUnionWelfare: true, countsStaffPurchases: false, pairedCountiesOnly: false, basis: 't', versionNo: 1, ...over,
});

describe('quota figures (pure)', () => {
  it('projects the current year linearly by elapsed days (Asia/Shanghai) and keeps past years as bought', () => {
    const sums = [{ purpose: P.CANTEEN, countedFen: 100_000, pairedFen: 0, orders: 1, month: 1 }];
    const declaration = { hasCanteen: true, annualAgriSpendFen: 1_000_000 };
    // 2026-07-02 is day 183 of 365: 100000 × 365 / 183 = 199453.55 → 199454
    expect(computeQuota({ year: 2026, policy: policy(), declaration, sums, today: '2026-07-02' }).projectionFen).toBe(199_454);
    expect(computeQuota({ year: 2025, policy: policy(), declaration, sums, today: '2026-07-02' }).projectionFen).toBe(100_000);
    // reserved 300000: projection 199454 is 66% → RED
    expect(computeQuota({ year: 2026, policy: policy(), declaration, sums, today: '2026-07-02' }).status).toBe(QuotaStatus.RED);
  });

  it('has the documented thresholds: met or projected ≥ 100% GREEN, projected ≥ 80% AMBER, else RED', () => {
    const d = { hasCanteen: true, annualAgriSpendFen: 1 };
    expect(statusOf(d, 1000, 1000, 1000)).toBe(QuotaStatus.GREEN);
    expect(statusOf(d, 1000, 500, 1000)).toBe(QuotaStatus.GREEN);
    expect(statusOf(d, 1000, 500, 800)).toBe(QuotaStatus.AMBER);
    expect(statusOf(d, 1000, 500, 799)).toBe(QuotaStatus.RED);
    expect(statusOf(d, 0, 500, 800)).toBe(QuotaStatus.NO_QUOTA);
    expect(statusOf(null, 0, 500, 800)).toBe(QuotaStatus.UNDECLARED);
  });

  it('rounds the reserved amount half up to the fen, exactly for national-scale spending', () => {
    const f = (spend: number, bp: number) => computeQuota({ year: 2024, policy: policy({ ratioBp: bp }), declaration: { hasCanteen: true, annualAgriSpendFen: spend }, sums: [] }).reservedFen;
    expect(f(5, 3000)).toBe(2); // 1.5 → 2
    expect(f(3, 1000)).toBe(0); // 0.3 → 0
    expect(f(9_999_999_999_999, 3333)).toBe(3_333_000_000_000); // 3332999999999.6667 → …3000
  });
});

describe('the reserved-share quota', () => {
  let t: TestApp;
  let ds: DataSource;
  let op: string;
  let managerA: string;
  let managerB: string;
  let buyerA: string;
  let agencyA: string;
  let agencyB: string;
  let canteenA: string;
  let supplier: Supplier;
  const Y = 2024;
  const orderIds: Record<string, string> = {};
  let seq = 0;

  const auth = (h: string) => ({ Authorization: h });

  async function insertOrder(key: string, o: { agencyId?: string; purpose?: P; status: S; acceptedOn: string | null; acceptedFen: number | null; pairedFen?: number | null; refundedFen?: number }) {
    const repo = ds.getRepository(ProcurementOrder);
    seq++;
    const row = repo.create({
      orderNo: `9${String(Y)}${String(seq).padStart(11, '0')}`,
      agencyId: o.agencyId ?? agencyA,
      canteenId: canteenA,
      buyerUserId: randomUUID(),
      supplierId: supplier.id,
      agreementId: null,
      standingOrderId: null,
      idempotencyKey: `quota-spec-${seq}`,
      requestHash: 'x'.repeat(64),
      purpose: o.purpose ?? P.CANTEEN,
      status: o.status,
      version: 1,
      goodsFen: o.acceptedFen ?? 50_000,
      confirmedFen: o.acceptedFen,
      acceptedFen: o.acceptedFen,
      acceptedPairedFen: o.pairedFen ?? null,
      refundedFen: o.refundedFen ?? 0,
      deliveryDate: o.acceptedOn ?? `${Y}-05-01`,
      deliveryAddress: '深圳市福田区测试路1号',
      contactName: '测试',
      contactPhone: '13900000000',
      buyerNote: null,
      submittedAt: new Date(),
      approvalRequired: false,
      acceptedAt: o.acceptedOn ? new Date(`${o.acceptedOn}T10:00:00+08:00`) : null,
      acceptedOn: o.acceptedOn,
    } as Partial<ProcurementOrder>);
    await repo.save(row);
    orderIds[key] = row.id;
  }

  const quota = (agencyId: string, who: string, year = Y) => t.http().get(`/api/agencies/${agencyId}/quota?year=${year}`).set(auth(who));

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    op = await t.login(DEMO.operator);
    supplier = (await ds.getRepository(Supplier).find({ order: { name: 'ASC' }, take: 1 }))[0];
    const a = await t.http().post('/api/admin/agencies').set(auth(op))
      .send({ name: '测试单位甲（福田）', divisionCode: '440304', level: 'DISTRICT', canteens: [{ name: '甲单位食堂' }, { name: '甲单位外包食堂', kind: 'OUTSOURCED', contractorName: '某餐饮公司' }] })
      .expect(201);
    agencyA = a.body.id;
    canteenA = a.body.canteens.find((c: { name: string }) => c.name === '甲单位食堂').id;
    agencyB = (await t.http().post('/api/admin/agencies').set(auth(op)).send({ name: '测试单位乙（南山）', divisionCode: '440305', canteens: [{ name: '乙单位食堂' }] }).expect(201)).body.id;
    const user = (phone: string, roles: string[], agencyId: string) =>
      t.http().post('/api/admin/users').set(auth(op)).send({ phone, name: `用户${phone.slice(-2)}`, password: 'Passw0rd1', roles, agencyId }).expect(201);
    await user('13700000101', ['AGENCY_MANAGER'], agencyA);
    await user('13700000102', ['CANTEEN_BUYER'], agencyA);
    await user('13700000201', ['AGENCY_MANAGER'], agencyB);
    managerA = await t.login('13700000101', 'Passw0rd1');
    buyerA = await t.login('13700000102', 'Passw0rd1');
    managerB = await t.login('13700000201', 'Passw0rd1');

    // The scripted year 2024 of agency A (fen). Counted = accepted − refunded; paired part after refund = max(paired − refunded, 0).
    await insertOrder('o1', { status: S.ACCEPTED, acceptedOn: '2024-01-15', acceptedFen: 100_000, pairedFen: 60_000 });
    await insertOrder('o2', { status: S.COMPLETED, acceptedOn: '2024-03-10', acceptedFen: 250_000, pairedFen: 250_000 });
    await insertOrder('o3', { status: S.ACCEPTED, acceptedOn: '2024-03-20', acceptedFen: 80_000, pairedFen: 50_000, refundedFen: 30_000 }); // 50000 / paired 20000
    await insertOrder('o4', { status: S.REJECTED, acceptedOn: null, acceptedFen: null });
    await insertOrder('o5', { status: S.CANCELLED, acceptedOn: '2024-04-01', acceptedFen: 999_999, pairedFen: 999_999 }); // must not count whatever it carries
    await insertOrder('o6', { purpose: P.UNION_WELFARE, status: S.ACCEPTED, acceptedOn: '2024-06-05', acceptedFen: 40_000, pairedFen: 0 });
    await insertOrder('o7', { purpose: P.STAFF, status: S.COMPLETED, acceptedOn: '2024-09-30', acceptedFen: 20_000, pairedFen: 20_000 });
    await insertOrder('o8', { status: S.ACCEPTED, acceptedOn: '2023-12-31', acceptedFen: 70_000, pairedFen: 70_000 }); // previous year
    await insertOrder('o9', { status: S.ACCEPTED, acceptedOn: '2025-01-01', acceptedFen: 90_000, pairedFen: 90_000 }); // next year
    await insertOrder('o10', { status: S.ACCEPTED, acceptedOn: '2024-12-31', acceptedFen: 10_000, pairedFen: 10_000, refundedFen: 10_000 }); // fully refunded: 0
    await insertOrder('o11', { status: S.SHIPPED, acceptedOn: null, acceptedFen: null });
    await insertOrder('o12', { status: S.ACCEPTED, acceptedOn: '2024-11-11', acceptedFen: 60_000, pairedFen: 15_000, refundedFen: 20_000 }); // 40000 / paired 0
    await insertOrder('b1', { agencyId: agencyB, status: S.ACCEPTED, acceptedOn: '2024-05-05', acceptedFen: 500_000, pairedFen: 500_000 }); // another agency

    await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(managerA)).send({ hasCanteen: true, annualAgriSpendFen: 2_000_000, remarks: '自办食堂' }).expect(200);
  });
  afterAll(() => t.close());

  const months = (m: Record<number, number>) => Array.from({ length: 12 }, (_, i) => m[i + 1] ?? 0);

  it('matches the hand-computed table under the reference Guangdong policy (30%, union counted, staff not)', async () => {
    const q = (await quota(agencyA, managerA).expect(200)).body;
    expect(q).toMatchObject({
      agencyId: agencyA, year: Y, annualAgriSpendFen: 2_000_000, ratio: 0.3, ratioBp: 3000,
      reservedFen: 600_000,
      purchasedFen: 480_000, // canteen 440000 + union 40000
      pairedFen: 330_000, // 60000 + 250000 + 20000 + 0 + 0 + union 0
      progress: 0.8,
      projectionFen: 480_000, // a past year: as bought
      status: 'AMBER', // 80% ≥ 80%
      countedOrderCount: 6,
      policy: { source: 'POLICY', scopeCode: '440000', scopeName: '广东省', ratio: 0.3, countsUnionWelfare: true, countsStaffPurchases: false },
      declaration: { hasCanteen: true, annualAgriSpendFen: 2_000_000, revision: 1 },
    });
    expect(q.byMonth.map((m: { purchasedFen: number }) => m.purchasedFen)).toEqual(months({ 1: 100_000, 3: 300_000, 6: 40_000, 11: 40_000 }));
    expect(q.byMonth.map((m: { pairedFen: number }) => m.pairedFen)).toEqual(months({ 1: 60_000, 3: 270_000 }));
    expect(q.byPurpose).toEqual([
      { purpose: 'CANTEEN', counts: true, countedFen: 440_000, pairedFen: 330_000, orders: 5 },
      { purpose: 'UNION_WELFARE', counts: true, countedFen: 40_000, pairedFen: 0, orders: 1 },
      { purpose: 'STAFF', counts: false, countedFen: 20_000, pairedFen: 20_000, orders: 1 },
    ]);
  });

  it('traces every figure to its orders: the year, a month and the paired part', async () => {
    const all = (await t.http().get(`/api/agencies/${agencyA}/quota/orders?year=${Y}`).set(auth(buyerA)).expect(200)).body;
    expect(all.total).toBe(6);
    expect(all.totals).toEqual({ orders: 6, countedFen: 480_000, pairedFen: 330_000, quotaFen: 480_000 });
    expect(all.items.reduce((n: number, o: { quotaFen: number }) => n + o.quotaFen, 0)).toBe(480_000);
    expect(new Set(all.items.map((o: { orderId: string }) => o.orderId))).toEqual(new Set(['o1', 'o2', 'o3', 'o6', 'o10', 'o12'].map((k) => orderIds[k])));
    const o3 = all.items.find((o: { orderId: string }) => o.orderId === orderIds.o3);
    expect(o3).toMatchObject({ acceptedOn: '2024-03-20', purpose: 'CANTEEN', acceptedFen: 80_000, refundedFen: 30_000, countedFen: 50_000, pairedFen: 20_000, quotaFen: 50_000, supplierName: supplier.name });
    const march = (await t.http().get(`/api/agencies/${agencyA}/quota/orders?year=${Y}&month=3`).set(auth(buyerA)).expect(200)).body;
    expect(march.items.map((o: { orderId: string }) => o.orderId)).toEqual([orderIds.o2, orderIds.o3]);
    expect(march.totals.quotaFen).toBe(300_000);
    const paired = (await t.http().get(`/api/agencies/${agencyA}/quota/orders?year=${Y}&paired=true`).set(auth(buyerA)).expect(200)).body;
    expect(paired.totals).toMatchObject({ orders: 3, pairedFen: 330_000 });
    const page2 = (await t.http().get(`/api/agencies/${agencyA}/quota/orders?year=${Y}&page=2&pageSize=4`).set(auth(buyerA)).expect(200)).body;
    expect(page2.items).toHaveLength(2);
    expect(page2.totals.quotaFen).toBe(480_000);
  });

  it('resolves the most specific policy (district → city → province → national), by year, and falls back to the built-in floor', async () => {
    const policies = t.app.get(QuotaPoliciesService);
    await t.http().post('/api/quota-policies').set(auth(op))
      .send({ scopeCode: '440300', year: Y, ratioBp: 2200, countsUnionWelfare: true, countsStaffPurchases: false, pairedCountiesOnly: false, basis: '测试：深圳市2024' }).expect(201);
    expect(await policies.resolve(Y, '440305')).toMatchObject({ scopeCode: '440300', ratioBp: 2200 }); // city beats province
    expect(await policies.resolve(2023, '440305')).toMatchObject({ scopeCode: '440300', ratioBp: 2000 }); // Shenzhen 2023: 20%
    expect(await policies.resolve(2022, '440305')).toMatchObject({ scopeCode: '440000', ratioBp: 3000 }); // no Shenzhen 2022 → Guangdong
    expect(await policies.resolve(Y, '440103')).toMatchObject({ scopeCode: '440000', ratioBp: 3000 }); // Guangzhou district → province
    expect(await policies.resolve(Y, '451003')).toMatchObject({ scopeCode: '000000', ratioBp: 1000, source: 'POLICY' }); // Guangxi → national
    expect(await policies.resolve(2020, '451003')).toMatchObject({ source: 'BUILT_IN_FLOOR', id: null, ratioBp: 1000 }); // no policy at all that year

    // District beats city: a Futian policy with staff purchases counted and union not.
    const district = (await t.http().post('/api/quota-policies').set(auth(op))
      .send({ scopeCode: '440304', year: Y, ratioBp: 2500, countsUnionWelfare: false, countsStaffPurchases: true, pairedCountiesOnly: false, basis: '测试：福田区2024' }).expect(201)).body;
    const q = (await quota(agencyA, managerA).expect(200)).body;
    expect(q).toMatchObject({
      ratio: 0.25, reservedFen: 500_000,
      purchasedFen: 460_000, // canteen 440000 + staff 20000
      pairedFen: 350_000, // 330000 + staff 20000
      progress: 0.92, status: 'AMBER', countedOrderCount: 6,
      policy: { id: district.id, scopeCode: '440304', countsStaffPurchases: true, countsUnionWelfare: false },
    });
    expect(q.byMonth.map((m: { purchasedFen: number }) => m.purchasedFen)).toEqual(months({ 1: 100_000, 3: 300_000, 9: 20_000, 11: 40_000 }));
  });

  it('versions a policy change (never overwrites) and counts only paired counties when the policy says so', async () => {
    const current = (await t.http().get(`/api/quota-policies?year=${Y}&scopeCode=440304`).set(auth(managerA)).expect(200)).body.items[0];
    const v2 = (await t.http().put(`/api/quota-policies/${current.id}`).set(auth(op))
      .send({ ratioBp: 1500, countsUnionWelfare: true, pairedCountiesOnly: true, reason: '改为只计结对县' }).expect(200)).body;
    expect(v2).toMatchObject({ versionNo: 2, lineageId: current.lineageId, current: true, ratioBp: 1500, countsStaffPurchases: true, pairedCountiesOnly: true, changeReason: '改为只计结对县' });
    const q = (await quota(agencyA, managerA).expect(200)).body;
    expect(q).toMatchObject({
      ratio: 0.15, reservedFen: 300_000,
      purchasedFen: 350_000, // paired parts of canteen 330000 + union 0 + staff 20000
      pairedFen: 350_000, progress: 1.1667, status: 'GREEN', countedOrderCount: 7,
      policy: { id: v2.id, versionNo: 2, pairedCountiesOnly: true },
    });
    expect(q.byMonth.map((m: { purchasedFen: number }) => m.purchasedFen)).toEqual(months({ 1: 60_000, 3: 270_000, 9: 20_000 }));
    const list = (await t.http().get(`/api/agencies/${agencyA}/quota/orders?year=${Y}`).set(auth(managerA)).expect(200)).body;
    expect(list.totals).toMatchObject({ orders: 7, quotaFen: 350_000 });

    const history = (await t.http().get(`/api/quota-policies/${v2.id}/history`).set(auth(managerA)).expect(200)).body.items;
    expect(history.map((h: { versionNo: number; current: boolean }) => [h.versionNo, h.current])).toEqual([[2, true], [1, false]]);
    expect(history[1]).toMatchObject({ ratioBp: 2500, supersededById: v2.id, supersededByName: '王立群' });
    expect(history[1].supersededAt).toBeTruthy();
    // The old version can't be edited again, nor a second policy created for the same scope and year.
    await t.http().put(`/api/quota-policies/${current.id}`).set(auth(op)).send({ ratioBp: 1000, reason: '再改' }).expect(409);
    await t.http().post('/api/quota-policies').set(auth(op))
      .send({ scopeCode: '440304', year: Y, ratioBp: 1000, countsUnionWelfare: false, countsStaffPurchases: false, pairedCountiesOnly: false, basis: '重复' }).expect(409);
    const audit = await ds.getRepository(AuditEntry).findOneByOrFail({ action: 'quota_policy.update', subjectId: current.lineageId });
    expect(JSON.parse(audit.before!)).toMatchObject({ ratioBp: 2500, pairedCountiesOnly: false });
    expect(JSON.parse(audit.after!)).toMatchObject({ ratioBp: 1500, pairedCountiesOnly: true });

    // A version marked not in force hands the agency back to the broader scope (the city's 22%).
    const v3 = (await t.http().put(`/api/quota-policies/${v2.id}`).set(auth(op)).send({ effective: false, reason: '暂停执行' }).expect(200)).body;
    expect((await quota(agencyA, managerA).expect(200)).body.policy).toMatchObject({ scopeCode: '440300', ratio: 0.22 });
    await t.http().put(`/api/quota-policies/${v3.id}`).set(auth(op)).send({ effective: true, reason: '恢复执行' }).expect(200);
    await t.http().put(`/api/quota-policies/${v3.id}`).set(auth(managerA)).send({ effective: true, reason: '越权' }).expect(403);
  });

  it('an agency without a canteen has no reserved amount and no progress, but its purchases still count; amendments are kept', async () => {
    await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(managerA)).send({ hasCanteen: false, annualAgriSpendFen: 5000 }).expect(400);
    await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(managerA)).send({ hasCanteen: true }).expect(400);
    const d = (await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(op)).send({ hasCanteen: false, remarks: '共用食堂，由测试单位乙填报' }).expect(200)).body;
    expect(d).toMatchObject({ hasCanteen: false, annualAgriSpendFen: 0, revision: 2, onBehalf: true, filedByName: '王立群' });
    expect(d.revisions.map((r: { revision: number; annualAgriSpendFen: number; onBehalf: boolean }) => [r.revision, r.annualAgriSpendFen, r.onBehalf])).toEqual([[2, 0, true], [1, 2_000_000, false]]);
    const q = (await quota(agencyA, buyerA).expect(200)).body;
    expect(q).toMatchObject({ annualAgriSpendFen: 0, reservedFen: 0, progress: null, purchasedFen: 350_000, status: 'NO_QUOTA', declaration: { hasCanteen: false, remarks: '共用食堂，由测试单位乙填报' } });
    const audit = await ds.getRepository(AuditEntry).findOneByOrFail({ action: 'quota_declaration.amend', agencyId: agencyA });
    expect(JSON.parse(audit.before!)).toMatchObject({ hasCanteen: true, annualAgriSpendFen: 2_000_000 });
    // Back to the canteen for the rest of the suite.
    await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(managerA)).send({ hasCanteen: true, annualAgriSpendFen: 2_000_000 }).expect(200);
    expect((await t.http().get(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(buyerA)).expect(200)).body.revision).toBe(3);
    await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(buyerA)).send({ hasCanteen: true, annualAgriSpendFen: 1 }).expect(403);
  });

  it('keeps agencies apart: another agency’s manager is refused A’s quota, orders, export, declaration and reminders', async () => {
    for (const path of [`quota?year=${Y}`, `quota/orders?year=${Y}`, `quota/export.xlsx?year=${Y}`, `declarations/${Y}`, 'reminders', 'members']) {
      await t.http().get(`/api/agencies/${agencyA}/${path}`).set(auth(managerB)).expect(403);
    }
    await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(managerB)).send({ hasCanteen: true, annualAgriSpendFen: 1 }).expect(403);
    await t.http().get(`/api/agencies/${agencyA}/quota?year=${Y}`).set(auth(await t.login(DEMO.mangoSupplier))).expect(403);
    await t.http().get(`/api/agencies/${agencyA}/quota?year=${Y}`).expect(401);
    // B's own quota sees only B's order, and B has not declared.
    expect((await quota(agencyB, managerB).expect(200)).body).toMatchObject({ purchasedFen: 500_000, reservedFen: 0, progress: null, status: 'UNDECLARED', declaration: null, countedOrderCount: 1 });
    await t.http().get(`/api/agencies/${randomUUID()}/quota?year=${Y}`).set(auth(op)).expect(404);
    await t.http().get(`/api/agencies/not-a-uuid/quota?year=${Y}`).set(auth(op)).expect(404);
  });

  it('refuses bad input with 400', async () => {
    for (const y of ['1999', '2018', 'abc', '2024.5', String(currentQuotaYear() + 2)]) await quota(agencyA, managerA, y as unknown as number).expect(400);
    await t.http().get(`/api/agencies/${agencyA}/quota/orders?year=${Y}&month=13`).set(auth(managerA)).expect(400);
    await t.http().put(`/api/agencies/${agencyA}/declarations/2999`).set(auth(managerA)).send({ hasCanteen: true, annualAgriSpendFen: 1 }).expect(400);
    await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(managerA)).send({ hasCanteen: true, annualAgriSpendFen: -1 }).expect(400);
    await t.http().put(`/api/agencies/${agencyA}/declarations/${Y}`).set(auth(managerA)).send({ hasCanteen: true, annualAgriSpendFen: 1.5 }).expect(400);
    const base = { scopeCode: '440100', year: Y, ratioBp: 3000, countsUnionWelfare: false, countsStaffPurchases: false, pairedCountiesOnly: false, basis: '测试' };
    const bad = await t.http().post('/api/quota-policies').set(auth(op)).send({ ...base, ratioBp: 10001 }).expect(400);
    expect(bad.body.details[0]).toMatchObject({ field: 'ratioBp', message: '预留比例不能超过 100%' });
    await t.http().post('/api/quota-policies').set(auth(op)).send({ ...base, ratioBp: 0.3 }).expect(400);
    await t.http().post('/api/quota-policies').set(auth(op)).send({ ...base, scopeCode: '999999' }).expect(400);
    await t.http().post('/api/quota-policies').set(auth(op)).send({ ...base, year: 1990 }).expect(400);
    await t.http().get('/api/admin/quota?year=2024&status=PURPLE').set(auth(op)).expect(400);
  });

  it('exports the agency’s quota to Excel with the figures and the counted orders', async () => {
    const res = await t.http().get(`/api/agencies/${agencyA}/quota/export.xlsx?year=${Y}`).set(auth(managerA)).buffer(true).parse(binary as never).expect(200);
    expect(res.headers['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="quota-${Y}.xlsx"; filename*=UTF-8''${encodeURIComponent(`预留份额_测试单位甲（福田）_${Y}.xlsx`)}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['份额概览', '月度采购', '计入订单']);
    const summary = new Map<string, unknown>();
    wb.getWorksheet('份额概览')!.eachRow((row) => summary.set(String(row.getCell(1).value), row.getCell(2).value));
    // Current policy: Futian v3 — 15%, paired counties only.
    expect(summary.get('预留份额（元）')).toBe(3000);
    expect(summary.get('已采购（计入份额，元）')).toBe(3500);
    expect(summary.get('完成进度')).toBe(1.1667);
    const orders = wb.getWorksheet('计入订单')!;
    expect(orders.getRow(1).getCell(1).value).toBe('订单号');
    expect(orders.rowCount).toBe(1 + 7);
    let quotaFen = 0;
    orders.eachRow((row, n) => { if (n > 1) quotaFen += Number(row.getCell(10).value); });
    expect(quotaFen).toBe(350_000);
    const months = wb.getWorksheet('月度采购')!;
    expect(months.getRow(4).values).toEqual([undefined, '3月', 2700, 2700, 270_000, 270_000]);
  });

  it('lists who has not filed, records reminders, and shows them to the agency', async () => {
    const missing = (await t.http().get(`/api/admin/declarations/missing?year=${Y}&divisionCode=440300`).set(auth(op)).expect(200)).body;
    const ids = missing.items.map((i: { agencyId: string }) => i.agencyId);
    expect(ids).toContain(agencyB);
    expect(ids).not.toContain(agencyA);
    const unknown = randomUUID();
    const sent = (await t.http().post('/api/admin/declarations/reminders').set(auth(op)).send({ year: Y, agencyIds: [agencyA, agencyB, unknown] }).expect(200)).body;
    expect(sent.sent).toBe(1);
    expect(sent.items.map((i: { agencyId: string; result: string }) => [i.agencyId, i.result])).toEqual([[agencyA, 'ALREADY_FILED'], [agencyB, 'SENT'], [unknown, 'UNKNOWN_AGENCY']]);
    const seen = (await t.http().get(`/api/agencies/${agencyB}/reminders`).set(auth(managerB)).expect(200)).body.items;
    expect(seen).toEqual([expect.objectContaining({ year: Y, channel: 'IN_APP', filed: false, sentByName: '王立群' })]);
    const after = (await t.http().get(`/api/admin/declarations/missing?year=${Y}&divisionCode=440305`).set(auth(op)).expect(200)).body.items;
    expect(after.find((i: { agencyId: string }) => i.agencyId === agencyB)).toMatchObject({ reminderCount: 1 });
    expect(after.find((i: { agencyId: string }) => i.agencyId === agencyB).lastRemindedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    await t.http().get(`/api/admin/declarations/missing?year=${Y}`).set(auth(managerA)).expect(403);
    await t.http().post('/api/admin/declarations/reminders').set(auth(op)).send({ year: Y, agencyIds: [] }).expect(400);
    // Once B files, its reminder shows as answered.
    await t.http().put(`/api/agencies/${agencyB}/declarations/${Y}`).set(auth(managerB)).send({ hasCanteen: true, annualAgriSpendFen: 10_000_000 }).expect(200);
    expect((await t.http().get(`/api/agencies/${agencyB}/reminders`).set(auth(managerB)).expect(200)).body.items[0].filed).toBe(true);
  });

  it('ranks every agency for operators by progress with null last, filters by district and status, and exports it', async () => {
    const r = (await t.http().get(`/api/admin/quota?year=${Y}&divisionCode=440300`).set(auth(op)).expect(200)).body;
    // A: 350000 / 300000 = 1.1667 (Futian v3); B: 500000 / (10,000,000 × 22%) = 0.2273 (Shenzhen 2024 test policy).
    expect(r.items.slice(0, 2).map((i: { agencyId: string; progress: number; status: string }) => [i.agencyId, i.progress, i.status])).toEqual([
      [agencyA, 1.1667, 'GREEN'],
      [agencyB, 0.2273, 'RED'],
    ]);
    expect(r.items.slice(2).every((i: { progress: number | null }) => i.progress === null)).toBe(true); // the demo agencies: not declared for 2024
    expect(r.summary).toMatchObject({ agencies: r.total, declared: 2 });
    const nanshan = (await t.http().get(`/api/admin/quota?year=${Y}&divisionCode=440305`).set(auth(op)).expect(200)).body.items;
    expect(nanshan.map((i: { agencyId: string }) => i.agencyId)).toContain(agencyB);
    expect(nanshan.map((i: { agencyId: string }) => i.agencyId)).not.toContain(agencyA);
    const red = (await t.http().get(`/api/admin/quota?year=${Y}&status=RED`).set(auth(op)).expect(200)).body.items;
    expect(red.map((i: { agencyId: string }) => i.agencyId)).toEqual([agencyB]);
    await t.http().get(`/api/admin/quota?year=${Y}`).set(auth(managerA)).expect(403);

    const res = await t.http().get(`/api/admin/quota/export.xlsx?year=${Y}&divisionCode=440300`).set(auth(op)).buffer(true).parse(binary as never).expect(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('预留份额完成情况_440300_2024.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('完成情况')!;
    expect(sheet.getRow(2).getCell(2).value).toBe('测试单位甲（福田）');
    expect(sheet.getRow(2).getCell(9).value).toBe(3500); // 已采购（元）
    expect(sheet.getRow(2).getCell(18).value).toBe(350_000); // 已采购（分）
    expect(sheet.getRow(3).getCell(10).value).toBe(0.2273);
    const months = wb.getWorksheet('月度采购')!;
    expect(months.getRow(3).getCell(6).value).toBe(5000); // B, May: ¥5,000
  });

  it('shows the demo agency its declared year under Guangdong’s 30%', async () => {
    const me = (await t.http().get('/api/auth/me').set(auth(await t.login(DEMO.canteenBuyer))).expect(200)).body;
    const futian = me.agencyId ?? me.agency?.id;
    const q = (await quota(futian, await t.login(DEMO.canteenBuyer), currentQuotaYear()).expect(200)).body;
    expect(q).toMatchObject({ annualAgriSpendFen: 120_000_000, ratio: 0.3, reservedFen: 36_000_000, policy: { scopeCode: '440000' } });
    const nanshan = await t.login('13800000011');
    const list = (await t.http().get('/api/agencies?q=南山区教育局').set(auth(op)).expect(200)).body;
    expect(list.items[0]).toMatchObject({ name: '深圳市南山区教育局', level: 'DISTRICT', region: { divisionName: '南山区', cityName: '深圳市', helperUnitName: '深圳市南山区' } });
    await quota(list.items[0].id, nanshan, currentQuotaYear()).expect(200);
  });
});
