import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { stockOf } from '../../testing/order-fixtures';
import { DEMO, startTestApp, TestApp } from '../../testing/test-app';
import { OrderCancellation } from './order-cancellation.service';
import { agencySku, AgencyPeople, AgencySku, deliveryDay, demoAgency, newAccount, setRule, submit, submitOne } from './procurement-fixtures';

describe('procurement orders: submission, approval, confirmation', () => {
  let t: TestApp;
  let a: AgencyPeople;
  let mango: string;
  let hechi: string;
  let sku: AgencySku;
  let oil: AgencySku;

  beforeAll(async () => {
    t = await startTestApp();
    a = await demoAgency(t);
    mango = await t.login(DEMO.mangoSupplier);
    hechi = await t.login(DEMO.hechiSupplier);
    sku = await agencySku(t, 'mango', { stock: 500, priceFen: 18900, agencyMinQty: 5 });
    oil = await agencySku(t, 'hechi', { stock: 100, priceFen: 89800, agencyMinQty: 2 });
  });
  afterAll(() => t.close());

  const get = (id: string, token = a.buyer) => t.http().get(`/api/procurement/orders/${id}`).set('Authorization', token);

  it('defaults to ALWAYS; splits a request per supplier, reserves stock, and replays the same key', async () => {
    expect((await t.http().get(`/api/agencies/${a.agencyId}/approval-rule`).set('Authorization', a.manager).expect(200)).body).toMatchObject({ mode: 'ALWAYS', thresholdFen: null });
    const [s0, o0] = [await stockOf(t, sku.skuId), await stockOf(t, oil.skuId)];
    const body = { canteenId: a.canteenId, purpose: 'CANTEEN', deliveryDate: deliveryDay(), note: '周一早上 7 点前送达', lines: [{ skuId: sku.skuId, quantity: 10 }, { skuId: oil.skuId, quantity: 2 }] };
    const key = randomUUID();
    const res = await submit(t, a.buyer, body, key).expect(201);
    expect(res.body.orders).toHaveLength(2);
    const bySupplier = Object.fromEntries(res.body.orders.map((o: { supplierName: string }) => [o.supplierName.includes('芒果') ? 'mango' : 'hechi', o]));
    expect(bySupplier.mango).toMatchObject({ status: 'PENDING_APPROVAL', goodsFen: 189000, approvalRequired: true, confirmDeadline: null, canteenName: '福田区机关第一食堂' });
    expect(bySupplier.hechi).toMatchObject({ status: 'PENDING_APPROVAL', goodsFen: 179600 });
    expect(await stockOf(t, sku.skuId)).toBe(s0 - 10);
    expect(await stockOf(t, oil.skuId)).toBe(o0 - 2);
    // The same key and body: the same orders, nothing taken twice. Another body: 409.
    const again = await submit(t, a.buyer, body, key).expect(201);
    expect(again.body.orders.map((o: { id: string }) => o.id).sort()).toEqual(res.body.orders.map((o: { id: string }) => o.id).sort());
    expect(await stockOf(t, sku.skuId)).toBe(s0 - 10);
    expect((await submit(t, a.buyer, { ...body, note: '改了' }, key).expect(422)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await t.http().post('/api/procurement/orders').set('Authorization', a.buyer).send(body).expect(400)).body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const detail = (await get(bySupplier.mango.id).expect(200)).body;
    expect(detail).toMatchObject({ deliveryAddress: '深圳市福田区福中三路市民中心', buyerNote: '周一早上 7 点前送达', buyerName: '李建国' });
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['SUBMITTED']);
    // The approver's queue holds both.
    const queue = (await t.http().get('/api/procurement/approvals').set('Authorization', a.approver).expect(200)).body.items.map((o: { id: string }) => o.id);
    expect(queue).toEqual(expect.arrayContaining(res.body.orders.map((o: { id: string }) => o.id)));
  });

  it('refuses quantities below the SKU minimum, naming the product and the minimum; and bad delivery dates', async () => {
    const res = await submit(t, a.buyer, { canteenId: a.canteenId, deliveryDate: deliveryDay(), lines: [{ skuId: sku.skuId, quantity: 4 }] }).expect(400);
    expect(res.body.code).toBe('BELOW_AGENCY_MINIMUM');
    expect(res.body.message).toContain('食堂芒果');
    expect(res.body.message).toContain('5箱');
    expect(res.body.details).toMatchObject({ minimum: 5, requested: 4 });
    const today = deliveryDay(0);
    expect((await submit(t, a.buyer, { canteenId: a.canteenId, deliveryDate: today, lines: [{ skuId: sku.skuId, quantity: 5 }] }).expect(400)).body.code).toBe('DELIVERY_DATE_TOO_EARLY');
    expect((await submit(t, a.buyer, { canteenId: a.canteenId, deliveryDate: deliveryDay(91), lines: [{ skuId: sku.skuId, quantity: 5 }] }).expect(400)).body.code).toBe('DELIVERY_DATE_TOO_LATE');
    await submit(t, a.buyer, { canteenId: a.canteenId, deliveryDate: deliveryDay(90), lines: [{ skuId: sku.skuId, quantity: 5 }] }).expect(201);
    expect((await submit(t, a.buyer, { canteenId: randomUUID(), deliveryDate: deliveryDay(), lines: [{ skuId: sku.skuId, quantity: 5 }] }).expect(400)).body.code).toBe('UNKNOWN_CANTEEN');
    expect((await submit(t, a.buyer, { canteenId: a.canteenId, deliveryDate: deliveryDay(), lines: [{ skuId: sku.skuId, quantity: 100_000 }] }).expect(409)).body.code).toBe('OUT_OF_STOCK');
  });

  it('applies ABOVE_AMOUNT (strictly above the threshold) and NEVER', async () => {
    await setRule(t, a, 'ABOVE_AMOUNT', 189000);
    const at = await submitOne(t, a, sku, 10); // 189,000 fen: not above
    const above = await submitOne(t, a, sku, 11); // 207,900 fen
    expect((await get(at).expect(200)).body).toMatchObject({ status: 'PENDING_CONFIRMATION', approvalRequired: false });
    expect((await get(at)).body.confirmDeadline).not.toBeNull();
    expect((await get(above).expect(200)).body).toMatchObject({ status: 'PENDING_APPROVAL', approvalRequired: true });
    await setRule(t, a, 'NEVER');
    expect((await get(await submitOne(t, a, sku, 50)).expect(200)).body.status).toBe('PENDING_CONFIRMATION');
    const missing = await t.http().put(`/api/agencies/${a.agencyId}/approval-rule`).set('Authorization', a.manager).send({ mode: 'ABOVE_AMOUNT' }).expect(400);
    expect(missing.body.code).toBe('THRESHOLD_REQUIRED');
    // Only the agency's manager (or an operator) keeps the rule.
    await t.http().put(`/api/agencies/${a.agencyId}/approval-rule`).set('Authorization', a.buyer).send({ mode: 'NEVER' }).expect(403);
    await setRule(t, a, 'ALWAYS');
  });

  it('approves (audited, deadline set), rejects with stock back once, and refuses approving one\'s own order', async () => {
    await setRule(t, a, 'ALWAYS');
    const s0 = await stockOf(t, sku.skuId);
    const approved = await submitOne(t, a, sku, 6);
    const rejected = await submitOne(t, a, sku, 7);
    expect(await stockOf(t, sku.skuId)).toBe(s0 - 13);
    await t.http().post(`/api/procurement/orders/${approved}/approve`).set('Authorization', a.buyer).send({}).expect(403); // buyers don't approve
    const ok = (await t.http().post(`/api/procurement/orders/${approved}/approve`).set('Authorization', a.approver).send({ note: '同意' }).expect(200)).body;
    expect(ok.status).toBe('PENDING_CONFIRMATION');
    expect(Date.parse(ok.confirmDeadline) - Date.parse(ok.approvedAt)).toBe(48 * 3_600_000);
    await t.http().post(`/api/procurement/orders/${approved}/approve`).set('Authorization', a.approver).send({}).expect(409);

    const no = (await t.http().post(`/api/procurement/orders/${rejected}/reject`).set('Authorization', a.approver).send({ reason: '本月预算不足' }).expect(200)).body;
    expect(no).toMatchObject({ status: 'REJECTED', rejectReason: '本月预算不足' });
    expect(await stockOf(t, sku.skuId)).toBe(s0 - 6);
    await t.http().post(`/api/procurement/orders/${rejected}/reject`).set('Authorization', a.approver).send({ reason: '再驳回一次' }).expect(409);
    await t.http().post(`/api/procurement/orders/${rejected}/cancel`).set('Authorization', a.buyer).send({ reason: '取消' }).expect(409);
    expect(await stockOf(t, sku.skuId)).toBe(s0 - 6);

    const audit = await t.app.get(DataSource).getRepository(AuditEntry).find({ where: { subjectId: rejected } });
    expect(audit.map((x) => x.action).sort()).toEqual(['procurement.order.rejected', 'procurement.order.submitted']);
    expect(JSON.parse(audit.find((x) => x.action === 'procurement.order.rejected')!.after!)).toMatchObject({ status: 'REJECTED', stockReturned: [{ skuId: sku.skuId, quantity: 7 }] });

    // A user who is both buyer and approver may approve others' orders, never their own.
    const both = await newAccount(t, ['CANTEEN_BUYER', 'AGENCY_APPROVER'], { agencyId: a.agencyId });
    const own = await submitOne(t, a, sku, 5, both);
    const self = await t.http().post(`/api/procurement/orders/${own}/approve`).set('Authorization', both).send({}).expect(409);
    expect(self.body.code).toBe('SELF_APPROVAL_NOT_ALLOWED');
    const other = await submitOne(t, a, sku, 5);
    await t.http().post(`/api/procurement/orders/${other}/approve`).set('Authorization', both).send({}).expect(200);
    await t.http().post(`/api/procurement/orders/${own}/approve`).set('Authorization', a.approver).send({}).expect(200);
  });

  it('lets the supplier lower but never raise a price when confirming; amounts are recomputed and audited', async () => {
    await setRule(t, a, 'NEVER');
    const id = await submitOne(t, a, sku, 10);
    const lineId = (await get(id)).body.lines[0].id;
    const up = await t.http().post(`/api/supplier/procurement-orders/${id}/confirm`).set('Authorization', mango).send({ lines: [{ lineId, unitPriceFen: 18901 }] }).expect(400);
    expect(up.body.code).toBe('PRICE_INCREASE_NOT_ALLOWED');
    expect((await get(id)).body.status).toBe('PENDING_CONFIRMATION');
    // Another supplier cannot touch it.
    await t.http().post(`/api/supplier/procurement-orders/${id}/confirm`).set('Authorization', hechi).send({}).expect(404);
    const down = (await t.http().post(`/api/supplier/procurement-orders/${id}/confirm`).set('Authorization', mango).send({ lines: [{ lineId, unitPriceFen: 17500 }] }).expect(200)).body;
    expect(down).toMatchObject({ status: 'CONFIRMED', goodsFen: 189000, confirmedFen: 175000 });
    expect(down.lines[0]).toMatchObject({ listPriceFen: 18900, unitPriceFen: 17500, lineFen: 175000 });
    expect(down.contractUrl).toBe(`/api/procurement/orders/${id}/contract.pdf`);
    const audit = await t.app.get(DataSource).getRepository(AuditEntry).findOneByOrFail({ subjectId: id, action: 'procurement.order.confirmed' });
    expect(JSON.parse(audit.before!).lines).toEqual([{ lineId, unitPriceFen: 18900 }]);
    expect(JSON.parse(audit.after!).lines).toEqual([{ lineId, unitPriceFen: 17500 }]);
    // Confirmed: the buyer can no longer cancel; the supplier ships.
    await t.http().post(`/api/procurement/orders/${id}/cancel`).set('Authorization', a.buyer).send({ reason: '不要了' }).expect(409);
    const shipped = (await t.http().post(`/api/supplier/procurement-orders/${id}/ship`).set('Authorization', mango).send({ carrier: '顺丰冷运', trackingNo: 'SF100' }).expect(200)).body;
    expect(shipped).toMatchObject({ status: 'SHIPPED', carrier: '顺丰冷运', trackingNo: 'SF100' });
    expect(shipped.events.map((e: { type: string }) => e.type)).toEqual(['SUBMITTED', 'CONFIRMED', 'SHIPPED']);
    const list = (await t.http().get('/api/supplier/procurement-orders?status=SHIPPED').set('Authorization', mango).expect(200)).body;
    expect(list.items.map((o: { id: string }) => o.id)).toContain(id);
  });

  it('gives stock back once on buyer cancel, supplier decline and auto-cancel (run twice)', async () => {
    await setRule(t, a, 'NEVER');
    // A SKU of its own: the job also cancels the other tests' unconfirmed orders (and returns their stock).
    const sku = await agencySku(t, 'mango', { stock: 100, priceFen: 2000, agencyMinQty: 5 });
    const s0 = await stockOf(t, sku.skuId);
    const cancelled = await submitOne(t, a, sku, 5);
    const declined = await submitOne(t, a, sku, 6);
    const lapsed = await submitOne(t, a, sku, 7);
    expect(await stockOf(t, sku.skuId)).toBe(s0 - 18);
    await t.http().post(`/api/procurement/orders/${cancelled}/cancel`).set('Authorization', a.buyer).send({ reason: '菜单调整' }).expect(200);
    await t.http().post(`/api/supplier/procurement-orders/${declined}/decline`).set('Authorization', mango).send({ reason: '本周无货' }).expect(200);
    await t.http().post(`/api/supplier/procurement-orders/${declined}/decline`).set('Authorization', mango).send({ reason: '再拒一次' }).expect(409);
    expect(await stockOf(t, sku.skuId)).toBe(s0 - 7);

    const job = t.app.get(OrderCancellation);
    expect(await job.cancelOverdue(new Date(Date.now() + 47 * 3_600_000))).toBe(0);
    const later = new Date(Date.now() + 49 * 3_600_000);
    const [n1, n2] = await Promise.all([job.cancelOverdue(later), job.cancelOverdue(later)]);
    expect(n1 + n2).toBeGreaterThanOrEqual(1);
    expect(await job.cancelOverdue(later)).toBe(0);
    const o = (await get(lapsed).expect(200)).body;
    expect(o).toMatchObject({ status: 'CANCELLED', cancelReason: '供应商未在规定时间内确认，系统自动取消' });
    expect(o.events.map((e: { type: string; actorName: string }) => [e.type, e.actorName])).toEqual([['SUBMITTED', '李建国'], ['AUTO_CANCELLED', '系统']]);
    expect(await stockOf(t, sku.skuId)).toBe(s0);
    const audit = await t.app.get(DataSource).getRepository(AuditEntry).find({ where: { subjectId: lapsed, action: 'procurement.order.auto_cancelled' } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorUserId).toBeNull();
    // The supplier can no longer confirm a lapsed order.
    await t.http().post(`/api/supplier/procurement-orders/${lapsed}/confirm`).set('Authorization', mango).send({}).expect(409);
  });
});
