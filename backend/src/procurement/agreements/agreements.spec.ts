import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { todayInShanghai } from '../../common/validators';
import { listedSku, ListedSku } from '../../testing/order-fixtures';
import { DEMO, startTestApp, TestApp } from '../../testing/test-app';
import { Canteen } from '../canteen.entity';
import { ProcurementOrderLine } from '../orders/procurement-order-line.entity';
import { ProcurementOrder } from '../orders/procurement-order.entity';
import { addDays, isoWeekday } from './agreement-dates';
import { StandingOrder } from './standing-order.entity';
import { StandingOrdersService } from './standing-orders.service';
import { SupplyAgreement } from './supply-agreement.entity';

jest.setTimeout(120_000);

const DAY = 86_400_000;

describe('direct-supply agreements (定向直供) and standing weekly orders', () => {
  let t: TestApp;
  let ds: DataSource;
  let op: string, manager: string, buyer: string, mango: string, hechi: string;
  let manager2: string, buyer2: string;
  let agencyId: string, canteenId: string, agency2Id: string, canteen2Id: string;
  let mangoId: string;
  let sku: ListedSku, other: ListedSku, hechiSku: ListedSku;
  const today = () => todayInShanghai();

  const me = async (token: string) => (await t.http().get('/api/auth/me').set('Authorization', token).expect(200)).body;
  const propose = (token: string, agency: string, body: Record<string, unknown>) => t.http().post(`/api/agencies/${agency}/agreements`).set('Authorization', token).send(body);
  const terms = (overrides: Record<string, unknown> = {}) => ({
    supplierId: mangoId,
    title: `食堂芒果定向直供 ${randomUUID().slice(0, 4)}`,
    validFrom: today(),
    validTo: addDays(today(), 60),
    lines: [{ skuId: sku.skuId, priceFen: 4800, minQty: 10 }],
    ...overrides,
  });
  /** Proposed by the demo manager and accepted by the mango co-op. */
  const activeAgreement = async (overrides: Record<string, unknown> = {}): Promise<string> => {
    const res = await propose(manager, agencyId, terms(overrides));
    expect(res.status).toBe(201);
    await t.http().post(`/api/supplier/agreements/${res.body.id}/accept`).set('Authorization', mango).expect(200);
    return res.body.id as string;
  };
  const orderUnder = (token: string, agency: string, id: string, body: Record<string, unknown>, key = randomUUID()) =>
    t.http().post(`/api/agencies/${agency}/agreements/${id}/orders`).set('Authorization', token).set('Idempotency-Key', key).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    [op, manager, buyer, mango, hechi] = await Promise.all([DEMO.operator, DEMO.agencyManager, DEMO.canteenBuyer, DEMO.mangoSupplier, DEMO.hechiSupplier].map((p) => t.login(p)));
    agencyId = (await me(buyer)).agencyId;
    mangoId = (await me(mango)).supplierId;
    canteenId = (await t.http().get(`/api/agencies/${agencyId}`).set('Authorization', buyer).expect(200)).body.canteens[0].id;
    sku = await listedSku(t, 'mango', { stock: 1000, priceFen: 6000 });
    other = await listedSku(t, 'mango', { stock: 100, priceFen: 3000 });
    hechiSku = await listedSku(t, 'hechi', { stock: 100, priceFen: 5000 });

    // A second agency, with its own manager and buyer, to prove isolation.
    const a2 = await t.http().post('/api/admin/agencies').set('Authorization', op).send({ name: '深圳市南山区机关事务管理局', divisionCode: '440305', canteens: [{ name: '南山区机关食堂', address: '深圳市南山区南头街道' }] });
    expect(a2.status).toBe(201);
    agency2Id = a2.body.id;
    canteen2Id = a2.body.canteens[0].id;
    for (const [phone, role] of [['13900000701', 'AGENCY_MANAGER'], ['13900000702', 'CANTEEN_BUYER']] as const) {
      const u = await t.http().post('/api/admin/users').set('Authorization', op).send({ phone, password: 'Agency2026ok', name: `南山${role === 'AGENCY_MANAGER' ? '管理员' : '采购员'}`, roles: [role], agencyId: agency2Id });
      expect(u.status).toBe(201);
    }
    manager2 = await t.login('13900000701', 'Agency2026ok');
    buyer2 = await t.login('13900000702', 'Agency2026ok');
  });

  afterAll(() => t?.close());

  describe('proposal and acceptance', () => {
    it('the manager proposes, the supplier sees and accepts, and the price terms are audited', async () => {
      const res = await propose(manager, agencyId, terms());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'PROPOSED', agencyId, supplierId: mangoId, usable: false });
      expect(res.body.lines).toEqual([expect.objectContaining({ skuId: sku.skuId, shopPriceFen: 6000, priceFen: 4800, minQty: 10, unit: '箱', spec: '标准装' })]);

      const inbox = await t.http().get('/api/supplier/agreements?status=PROPOSED').set('Authorization', mango).expect(200);
      expect(inbox.body.items.map((a: { id: string }) => a.id)).toContain(res.body.id);
      const hechiInbox = await t.http().get('/api/supplier/agreements').set('Authorization', hechi).expect(200);
      expect(hechiInbox.body.items.map((a: { id: string }) => a.id)).not.toContain(res.body.id);

      // Another supplier can neither see nor accept it.
      await t.http().post(`/api/supplier/agreements/${res.body.id}/accept`).set('Authorization', hechi).expect(404);
      const accepted = await t.http().post(`/api/supplier/agreements/${res.body.id}/accept`).set('Authorization', mango).expect(200);
      expect(accepted.body).toMatchObject({ status: 'ACTIVE', usable: true });
      const again = await t.http().post(`/api/supplier/agreements/${res.body.id}/accept`).set('Authorization', mango);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('INVALID_TRANSITION');

      const audit = await ds.getRepository(AuditEntry).find({ where: { subjectType: 'supply_agreement', subjectId: res.body.id }, order: { at: 'ASC' } });
      expect(audit.map((e) => e.action)).toEqual(['agreement.propose', 'agreement.accept']);
      expect(JSON.parse(audit[0].after!).lines[0]).toMatchObject({ skuId: sku.skuId, shopPriceFen: 6000, priceFen: 4800 });
    });

    it('refuses prices above the shop price, SKUs of other suppliers, a zero price, and bad periods', async () => {
      const before = await ds.getRepository(SupplyAgreement).count();
      const dear = await propose(manager, agencyId, terms({ lines: [{ skuId: sku.skuId, priceFen: 6001 }] }));
      expect(dear.status).toBe(400);
      expect(dear.body.code).toBe('AGREEMENT_LINES_INVALID');
      const foreign = await propose(manager, agencyId, terms({ lines: [{ skuId: hechiSku.skuId, priceFen: 4000 }] }));
      expect(foreign.status).toBe(400);
      expect(foreign.body.details).toEqual([{ skuId: hechiSku.skuId, reason: '不是该供应商的商品规格' }]);
      const zero = await propose(manager, agencyId, terms({ lines: [{ skuId: sku.skuId, priceFen: 0 }] }));
      expect(zero.status).toBe(400);
      const backwards = await propose(manager, agencyId, terms({ validFrom: addDays(today(), 10), validTo: addDays(today(), 5) }));
      expect(backwards.body.code).toBe('INVALID_PERIOD');
      const past = await propose(manager, agencyId, terms({ validFrom: addDays(today(), -30), validTo: addDays(today(), -1) }));
      expect(past.body.code).toBe('INVALID_PERIOD');
      // Only the agency's manager proposes; a buyer may not, another agency's manager may not here.
      expect((await propose(buyer, agencyId, terms())).status).toBe(403);
      expect((await propose(manager2, agencyId, terms())).status).toBe(403);
      expect(await ds.getRepository(SupplyAgreement).count()).toBe(before);
    });

    it('a declined proposal cannot be accepted or ordered under', async () => {
      const res = await propose(manager, agencyId, terms());
      const declined = await t.http().post(`/api/supplier/agreements/${res.body.id}/decline`).set('Authorization', mango).send({ reason: '产能不足' }).expect(200);
      expect(declined.body).toMatchObject({ status: 'DECLINED', declineReason: '产能不足' });
      expect((await t.http().post(`/api/supplier/agreements/${res.body.id}/accept`).set('Authorization', mango)).status).toBe(409);
      const o = await orderUnder(buyer, agencyId, res.body.id, { canteenId, deliveryDate: addDays(today(), 2), lines: [{ skuId: sku.skuId, quantity: 10 }] });
      expect(o.status).toBe(409);
      expect(o.body.code).toBe('AGREEMENT_NOT_ACTIVE');
    });
  });

  describe('ordering at the agreed price', () => {
    it('creates a procurement order carrying the agreement and its (lower) prices, once per key', async () => {
      const id = await activeAgreement();
      const key = randomUUID();
      const body = { canteenId, deliveryDate: addDays(today(), 3), lines: [{ skuId: sku.skuId, quantity: 12 }], note: '上午送达' };
      const res = await orderUnder(buyer, agencyId, id, body, key);
      expect(res.status).toBe(201);
      expect(res.body.orders).toHaveLength(1);
      expect(res.body.orders[0]).toMatchObject({ agreementId: id, supplierId: mangoId, goodsFen: 4800 * 12, deliveryDate: body.deliveryDate });

      const order = await ds.getRepository(ProcurementOrder).findOneByOrFail({ id: res.body.orders[0].id });
      expect(order).toMatchObject({ agreementId: id, agencyId, canteenId, standingOrderId: null, goodsFen: 57600 });
      const lines = await ds.getRepository(ProcurementOrderLine).findBy({ orderId: order.id });
      expect(lines.map((l) => [l.skuId, l.quantity, Number(l.listPriceFen), Number(l.unitPriceFen), Number(l.lineFen)])).toEqual([[sku.skuId, 12, 4800, 4800, 57600]]);

      // A retry with the same key answers the same order.
      const retry = await orderUnder(buyer, agencyId, id, body, key);
      expect(retry.status).toBe(201);
      expect(retry.body.orders[0].id).toBe(order.id);
      expect(await ds.getRepository(ProcurementOrder).countBy({ agreementId: id })).toBe(1);
    });

    it('refuses SKUs outside the agreement (400), quantities under the minimum (400), days outside the period (409)', async () => {
      const id = await activeAgreement({ validTo: addDays(today(), 20) });
      const outside = await orderUnder(buyer, agencyId, id, { canteenId, deliveryDate: addDays(today(), 2), lines: [{ skuId: other.skuId, quantity: 10 }] });
      expect(outside.status).toBe(400);
      expect(outside.body).toMatchObject({ code: 'SKU_NOT_IN_AGREEMENT', details: [{ skuId: other.skuId }] });
      const few = await orderUnder(buyer, agencyId, id, { canteenId, deliveryDate: addDays(today(), 2), lines: [{ skuId: sku.skuId, quantity: 9 }] });
      expect(few.status).toBe(400);
      expect(few.body.code).toBe('BELOW_AGREEMENT_MINIMUM');
      const late = await orderUnder(buyer, agencyId, id, { canteenId, deliveryDate: addDays(today(), 21), lines: [{ skuId: sku.skuId, quantity: 10 }] });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('AGREEMENT_NOT_VALID_ON_DATE');
      expect(await ds.getRepository(ProcurementOrder).countBy({ agreementId: id })).toBe(0);
    });

    it('refuses an ended agreement and an expired one (409)', async () => {
      const ended = await activeAgreement();
      expect((await t.http().post(`/api/supplier/agreements/${ended}/end`).set('Authorization', mango).send({})).status).toBe(400);
      const end = await t.http().post(`/api/supplier/agreements/${ended}/end`).set('Authorization', mango).send({ reason: '果季结束' }).expect(200);
      expect(end.body).toMatchObject({ status: 'ENDED', endedByParty: 'SUPPLIER', endReason: '果季结束', usable: false });
      const o1 = await orderUnder(buyer, agencyId, ended, { canteenId, deliveryDate: addDays(today(), 2), lines: [{ skuId: sku.skuId, quantity: 10 }] });
      expect(o1.status).toBe(409);
      expect(o1.body.code).toBe('AGREEMENT_NOT_ACTIVE');

      const expired = await activeAgreement();
      // The period ran out yesterday (an agreement cannot be proposed in the past, so age it in place).
      await ds.getRepository(SupplyAgreement).update({ id: expired }, { validFrom: addDays(today(), -40), validTo: addDays(today(), -1) });
      const o2 = await orderUnder(buyer, agencyId, expired, { canteenId, deliveryDate: addDays(today(), 2), lines: [{ skuId: sku.skuId, quantity: 10 }] });
      expect(o2.status).toBe(409);
      expect(o2.body.code).toBe('AGREEMENT_EXPIRED');
      const view = await t.http().get(`/api/agencies/${agencyId}/agreements/${expired}`).set('Authorization', buyer).expect(200);
      expect(view.body).toMatchObject({ status: 'ACTIVE', expired: true, usable: false, statusLabel: '已过期' });
    });

    it("keeps another agency's staff out (404 under their own agency, 403 under ours) and lets the agency end it", async () => {
      const id = await activeAgreement();
      expect((await t.http().get(`/api/agencies/${agency2Id}/agreements/${id}`).set('Authorization', manager2)).status).toBe(404);
      expect((await t.http().get(`/api/agencies/${agencyId}/agreements/${id}`).set('Authorization', manager2)).status).toBe(403);
      const o = await orderUnder(buyer2, agency2Id, id, { canteenId: canteen2Id, deliveryDate: addDays(today(), 2), lines: [{ skuId: sku.skuId, quantity: 10 }] });
      expect(o.status).toBe(404);
      expect((await t.http().post(`/api/agencies/${agency2Id}/agreements/${id}/end`).set('Authorization', manager2).send({ reason: 'x' })).status).toBe(404);
      const list2 = await t.http().get(`/api/agencies/${agency2Id}/agreements`).set('Authorization', buyer2).expect(200);
      expect(list2.body.items).toEqual([]);
      // Our buyer may not end it; our manager may.
      expect((await t.http().post(`/api/agencies/${agencyId}/agreements/${id}/end`).set('Authorization', buyer).send({ reason: '调整供应' })).status).toBe(403);
      const end = await t.http().post(`/api/agencies/${agencyId}/agreements/${id}/end`).set('Authorization', manager).send({ reason: '调整供应' }).expect(200);
      expect(end.body).toMatchObject({ status: 'ENDED', endedByParty: 'AGENCY' });
    });

    it('operators list every agreement, filtered by agency, supplier and status', async () => {
      const all = await t.http().get('/api/admin/agreements').set('Authorization', op).expect(200);
      expect(all.body.items.length).toBeGreaterThanOrEqual(5);
      const declined = await t.http().get(`/api/admin/agreements?agencyId=${agencyId}&supplierId=${mangoId}&status=DECLINED`).set('Authorization', op).expect(200);
      expect(declined.body.items.length).toBe(1);
      expect(declined.body.items[0]).toMatchObject({ status: 'DECLINED', agencyName: '深圳市福田区机关事务管理局' });
      expect((await t.http().get(`/api/admin/agreements?agencyId=${agency2Id}`).set('Authorization', op).expect(200)).body.items).toEqual([]);
      expect((await t.http().get('/api/admin/agreements').set('Authorization', manager)).status).toBe(403);
    });
  });

  describe('standing weekly orders', () => {
    const job = () => t.app.get(StandingOrdersService);
    const ordersOf = (standingOrderId: string) => ds.getRepository(ProcurementOrder).find({ where: { standingOrderId }, order: { deliveryDate: 'ASC' } });
    /** Delivery two days from today, ordered two days ahead: due at once. */
    const dueNow = () => ({ canteenId, weekday: isoWeekday(addDays(today(), 2)), leadDays: 2, lines: [{ skuId: sku.skuId, quantity: 10 }] });
    const createSo = (agreementId: string, body: Record<string, unknown>, token = buyer) =>
      t.http().post(`/api/agencies/${agencyId}/agreements/${agreementId}/standing-orders`).set('Authorization', token).send(body);

    it('places each week once, however often and however concurrently the job runs', async () => {
      const id = await activeAgreement();
      const created = await createSo(id, dueNow());
      expect(created.status).toBe(201);
      const d1 = addDays(today(), 2);
      expect(created.body).toMatchObject({ active: true, nextDeliveryDate: d1, nextOrderDate: today(), leadDays: 2 });
      const soId = created.body.id as string;

      const now = new Date();
      expect(await job().runDue(now)).toMatchObject({ submitted: 1 });
      expect(await job().runDue(now)).toMatchObject({ submitted: 0 });
      let orders = await ordersOf(soId);
      expect(orders.map((o) => [o.deliveryDate, o.agreementId, Number(o.goodsFen)])).toEqual([[d1, id, 48000]]);
      expect(orders[0].idempotencyKey).toBe(`standing:${soId}:${d1}`);

      // A week later, two processes run the job at the same moment: one order for the new week.
      const later = new Date(now.getTime() + 7 * DAY);
      await Promise.all([job().runDue(later), job().runDue(later), job().runDue(later)]);
      orders = await ordersOf(soId);
      expect(orders.map((o) => o.deliveryDate)).toEqual([d1, addDays(d1, 7)]);
      const view = await t.http().get(`/api/agencies/${agencyId}/agreements/${id}/standing-orders/${soId}`).set('Authorization', manager).expect(200);
      expect(view.body).toMatchObject({ nextDeliveryDate: addDays(d1, 14), lastDeliveryDate: addDays(d1, 7), lastOrderNo: orders[1].orderNo, lastError: null });

      // Paused, the third week is not ordered; resumed, the schedule starts again from today.
      const paused = await t.http().patch(`/api/agencies/${agencyId}/agreements/${id}/standing-orders/${soId}`).set('Authorization', buyer).send({ active: false }).expect(200);
      expect(paused.body.active).toBe(false);
      await job().runDue(new Date(now.getTime() + 14 * DAY));
      expect(await ordersOf(soId)).toHaveLength(2);
      const resumed = await t.http().patch(`/api/agencies/${agencyId}/agreements/${id}/standing-orders/${soId}`).set('Authorization', manager).send({ active: true }).expect(200);
      expect(resumed.body).toMatchObject({ active: true, nextDeliveryDate: d1 });
    });

    it('a week claimed by a process that died is retried with the same key, never doubled', async () => {
      const id = await activeAgreement();
      const soId = (await createSo(id, dueNow())).body.id as string;
      const now = new Date();
      await job().runDue(now);
      const d1 = addDays(today(), 2);
      expect(await ordersOf(soId)).toHaveLength(1);
      // As if the process died after submitting but before recording it: the claim is still there.
      await ds.getRepository(StandingOrder).update({ id: soId }, { pendingDeliveryDate: d1, claimedAt: new Date(now.getTime() - 60 * 60_000) });
      expect(await job().runDue(now)).toMatchObject({ submitted: 1 });
      expect(await ordersOf(soId)).toHaveLength(1);
      // As if it died after claiming but before submitting the next week: the retry places it.
      const d2 = addDays(d1, 7);
      await ds.getRepository(StandingOrder).update({ id: soId }, { nextDeliveryDate: addDays(d2, 7), pendingDeliveryDate: d2, claimedAt: new Date(now.getTime() - 60 * 60_000) });
      await job().runDue(now);
      expect((await ordersOf(soId)).map((o) => o.deliveryDate)).toEqual([d1, d2]);
      expect(await ds.getRepository(StandingOrder).findOneByOrFail({ id: soId })).toMatchObject({ pendingDeliveryDate: null, lastDeliveryDate: d2 });
    });

    it('stops when the agreement expires or ends', async () => {
      // Valid until the day after the first delivery: the second week falls outside it.
      const d1 = addDays(today(), 2);
      const id = await activeAgreement({ validTo: addDays(d1, 1) });
      const soId = (await createSo(id, dueNow(), manager)).body.id as string;
      const now = new Date();
      await job().runDue(now);
      // (Other tests' standing orders run too; only this one stops.)
      expect(await job().runDue(new Date(now.getTime() + 7 * DAY))).toMatchObject({ stopped: 1 });
      expect(await ordersOf(soId)).toHaveLength(1);
      expect(await ds.getRepository(StandingOrder).findOneByOrFail({ id: soId })).toMatchObject({ active: false, stoppedReason: expect.stringContaining('到期') });

      const id2 = await activeAgreement();
      const so2 = (await createSo(id2, dueNow())).body.id as string;
      await t.http().post(`/api/agencies/${agencyId}/agreements/${id2}/end`).set('Authorization', manager).send({ reason: '改为公开采购' }).expect(200);
      expect(await ds.getRepository(StandingOrder).findOneByOrFail({ id: so2 })).toMatchObject({ active: false, stoppedReason: '定向直供协议已终止' });
      await job().runDue(now);
      expect(await ordersOf(so2)).toHaveLength(0);
      const resume = await t.http().patch(`/api/agencies/${agencyId}/agreements/${id2}/standing-orders/${so2}`).set('Authorization', buyer).send({ active: true });
      expect(resume.status).toBe(409);
    });

    it("limits a contractor's buyer to the canteen they run, as a direct submission does", async () => {
      const id = await activeAgreement();
      const run = (await t.http().post(`/api/agencies/${agencyId}/canteens`).set('Authorization', manager).send({ name: '外包食堂（测试）', address: '深圳市福田区测试路 8 号', kind: 'OUTSOURCED', contractorName: '深圳某餐饮管理有限公司' }).expect(201)).body.id as string;
      const phone = `1390000${String(Math.floor(Math.random() * 9000) + 1000)}`;
      await t.http().post('/api/admin/users').set('Authorization', op).send({ phone, password: 'Contractor2026ok', name: '承包方采购员', roles: ['CANTEEN_BUYER'], agencyId }).expect(201);
      const contractor = await t.login(phone, 'Contractor2026ok');
      await ds.getRepository(Canteen).update({ id: run }, { contractorUserId: (await me(contractor)).id });
      const refused = await createSo(id, { ...dueNow(), canteenId }, contractor);
      expect(refused.status).toBe(403);
      const made = await createSo(id, { ...dueNow(), canteenId: run }, contractor);
      expect(made.status).toBe(201);
      expect(await ds.getRepository(StandingOrder).countBy({ agreementId: id })).toBe(1);
      // Stop it, so the job runs of other tests place nothing for it.
      await t.http().patch(`/api/agencies/${agencyId}/agreements/${id}/standing-orders/${made.body.id}`).set('Authorization', contractor).send({ active: false }).expect(200);
    });

    it('validates lines and canteen, and keeps other agencies out', async () => {
      const id = await activeAgreement();
      expect((await createSo(id, { ...dueNow(), lines: [{ skuId: other.skuId, quantity: 10 }] })).body.code).toBe('SKU_NOT_IN_AGREEMENT');
      expect((await createSo(id, { ...dueNow(), lines: [{ skuId: sku.skuId, quantity: 1 }] })).body.code).toBe('BELOW_AGREEMENT_MINIMUM');
      expect((await createSo(id, { ...dueNow(), canteenId: canteen2Id })).body.code).toBe('UNKNOWN_CANTEEN');
      expect((await createSo(id, { ...dueNow(), weekday: 8 })).status).toBe(400);
      const other2 = await t.http().post(`/api/agencies/${agency2Id}/agreements/${id}/standing-orders`).set('Authorization', buyer2).send({ ...dueNow(), canteenId: canteen2Id });
      expect(other2.status).toBe(404);
      expect((await t.http().get(`/api/agencies/${agency2Id}/agreements/${id}/standing-orders`).set('Authorization', manager2)).status).toBe(404);
      expect(await ds.getRepository(StandingOrder).countBy({ agreementId: id })).toBe(0);
    });
  });
});
