import { DataSource } from 'typeorm';
import { DomainEvents } from '../common/domain-events';
import { todayInShanghai } from '../common/validators';
import { DEMO_COUPON_CODE } from '../demo/demo-promotions.seeder';
import { backdate, checkout, freePort, ListedSku, listedSku, newBuyers, payAtCashier, stockOf } from '../testing/order-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { Fulfilment } from './fulfilment.service';
import { OrderLifecycle } from './order-lifecycle.service';
import { OrderSalesService } from './order-sales.service';
import { SupplierOrder } from './supplier-order.entity';
import './order-events';

/** Paid orders through the local Alipay sandbox: fulfilment, after-sales, the supplier ledger. */
describe('orders: payment, fulfilment, refunds and the ledger', () => {
  let t: TestApp;
  let base: string;
  let citizen: string;
  let mangoStaff: string;
  let hechiStaff: string;
  let op: string;
  let mango: ListedSku;
  let oil: ListedSku;
  const paidEvents: { orderId: string; items: { productId: string; quantity: number }[] }[] = [];

  const suiteDay = todayInShanghai();

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PUBLIC_BASE_URL: base });
    await t.app.listen(port, '127.0.0.1');
    citizen = await t.login(DEMO.citizen);
    mangoStaff = await t.login(DEMO.mangoSupplier);
    hechiStaff = await t.login(DEMO.hechiSupplier);
    op = await t.login(DEMO.operator);
    mango = await listedSku(t, 'mango', { stock: 50, priceFen: 5990 });
    oil = await listedSku(t, 'hechi', { stock: 50, priceFen: 12800 });
    t.app.get(DomainEvents).on('orders.order.paid', (e) => void paidEvents.push(e));
  });
  afterAll(() => t.close());

  const order = async (id: string, who = citizen) => (await t.http().get(`/api/orders/${id}`).set('Authorization', who).expect(200)).body;

  it('pays a two-co-op order with a union coupon; each co-op sees and ships only its own part', async () => {
    const created = await checkout(t, citizen, [{ skuId: mango.skuId, quantity: 2 }, { skuId: oil.skuId, quantity: 1 }], undefined, { couponCode: DEMO_COUPON_CODE });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ totalFen: 2 * 5990 + 12800, discountFen: 2000, payableFen: 2 * 5990 + 12800 - 2000 });
    await payAtCashier(t, base, citizen, created.body.id);
    const paid = await order(created.body.id);
    expect(paid.status).toBe('PAID');
    expect(paid.supplierOrders.every((p: { status: string }) => p.status === 'PAID')).toBe(true);
    // The discount is shared over the lines in proportion and adds up exactly.
    expect(paid.items.reduce((a: number, i: { discountFen: number }) => a + i.discountFen, 0)).toBe(2000);
    expect(paidEvents.find((e) => e.orderId === created.body.id)!.items).toEqual(expect.arrayContaining([{ productId: mango.productId, quantity: 2 }, { productId: oil.productId, quantity: 1 }]));
    expect((await t.app.get(OrderSalesService).salesCounts([mango.productId])).get(mango.productId)).toBe(2);

    const mangoPart = paid.supplierOrders.find((p: { supplier: { name: string } }) => p.supplier.name.includes('芒果'));
    const oilPart = paid.supplierOrders.find((p: { id: string }) => p.id !== mangoPart.id);
    const mine = await t.http().get('/api/supplier/orders').set('Authorization', mangoStaff).expect(200);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toContain(mangoPart.id);
    expect(mine.body.items.map((p: { id: string }) => p.id)).not.toContain(oilPart.id);
    // Another co-op's part is "not found", to read and to ship.
    await t.http().get(`/api/supplier/orders/${oilPart.id}`).set('Authorization', mangoStaff).expect(404);
    await t.http().post(`/api/supplier/orders/${oilPart.id}/shipments`).set('Authorization', mangoStaff).send({ carrier: '顺丰速运', trackingNo: 'SF100' }).expect(404);

    // Split shipment: one box now, the other later; receipt only when all is out.
    const item = paid.items.find((i: { skuId: string }) => i.skuId === mango.skuId);
    const first = await t.http().post(`/api/supplier/orders/${mangoPart.id}/shipments`).set('Authorization', mangoStaff).send({ carrier: '顺丰速运', trackingNo: 'SF1001', lines: [{ orderItemId: item.id, quantity: 1 }] }).expect(201);
    expect(first.body.status).toBe('PARTIALLY_SHIPPED');
    expect((await order(created.body.id)).status).toBe('PARTIALLY_SHIPPED');
    const early = await t.http().post(`/api/orders/${created.body.id}/confirm-receipt`).set('Authorization', citizen).send({ supplierOrderId: mangoPart.id });
    expect(early.body.code).toBe('INVALID_TRANSITION');
    const tooMany = await t.http().post(`/api/supplier/orders/${mangoPart.id}/shipments`).set('Authorization', mangoStaff).send({ carrier: '顺丰速运', trackingNo: 'SF1002', lines: [{ orderItemId: item.id, quantity: 2 }] });
    expect(tooMany.body.code).toBe('SHIP_QTY_EXCEEDED');
    const second = await t.http().post(`/api/supplier/orders/${mangoPart.id}/shipments`).set('Authorization', mangoStaff).send({ carrier: '中通快递', trackingNo: 'ZT2002' }).expect(201);
    expect(second.body.status).toBe('SHIPPED');
    expect(second.body.shipments.map((s: { trackingNo: string }) => s.trackingNo)).toEqual(['SF1001', 'ZT2002']);
    const again = await t.http().post(`/api/supplier/orders/${mangoPart.id}/shipments`).set('Authorization', mangoStaff).send({ carrier: '中通快递', trackingNo: 'ZT2003' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
    // A paid order is not cancelled: its buyer asks for a refund instead.
    expect((await t.http().post(`/api/orders/${created.body.id}/cancel`).set('Authorization', citizen).send({})).body.code).toBe('INVALID_TRANSITION');

    await t.http().post(`/api/orders/${created.body.id}/confirm-receipt`).set('Authorization', citizen).send({ supplierOrderId: mangoPart.id }).expect(200);
    await t.http().post(`/api/supplier/orders/${oilPart.id}/shipments`).set('Authorization', hechiStaff).send({ carrier: '邮政EMS', trackingNo: 'EMS3003' }).expect(201);
    expect((await order(created.body.id)).status).toBe('SHIPPED');
    // The oil part confirms itself once its time has come (here: forced due).
    await t.app.get(DataSource).getRepository(SupplierOrder).update({ id: oilPart.id }, { autoConfirmAt: new Date(Date.now() - 1000) });
    const confirmed = await Promise.all([t.app.get(Fulfilment).autoConfirmDue(), t.app.get(Fulfilment).autoConfirmDue()]);
    expect(confirmed[0] + confirmed[1]).toBe(1);
    const done = await order(created.body.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['CREATED', 'PAID', 'SHIPPED', 'RECEIVED', 'AUTO_CONFIRMED']));
    expect(done.events.find((e: { type: string }) => e.type === 'RECEIVED')).toMatchObject({ actor: 'BUYER', actorName: expect.any(String) });

    // The ledger: each co-op is owed what the buyer paid plus the union's subsidy for its part.
    const ledger = await t.http().get('/api/supplier/ledger').set('Authorization', mangoStaff).expect(200);
    const own = ledger.body.items.filter((e: { orderId: string }) => e.orderId === created.body.id);
    expect(own.map((e: { type: string }) => e.type).sort()).toEqual(['SALE', 'SUBSIDY']);
    expect(own.reduce((a: number, e: { amountFen: number }) => a + e.amountFen, 0)).toBe(2 * 5990);
    expect(own.find((e: { type: string }) => e.type === 'SUBSIDY').fundedBy).toBe('深圳市总工会');
    const all = await t.http().get('/api/admin/ledger').set('Authorization', op).expect(200);
    expect(all.body.items.filter((e: { orderId: string }) => e.orderId === created.body.id).reduce((a: number, e: { amountFen: number }) => a + e.amountFen, 0)).toBe(2 * 5990 + 12800);
    expect(ledger.body.items.every((e: { supplierName: string }) => e.supplierName.includes('芒果'))).toBe(true);
    const csv = await t.http().get('/api/supplier/ledger/export').set('Authorization', mangoStaff).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\ufeff业务日期')).toBe(true);
    expect(csv.text).toContain('深圳市总工会');
  });

  it('refunds before shipping (stock back) and after shipping (no stock back); the co-op decides', async () => {
    const [b] = await newBuyers(t, 1);
    const created = await checkout(t, b, [{ skuId: mango.skuId, quantity: 3 }]);
    await payAtCashier(t, base, b, created.body.id);
    const stockPaid = await stockOf(t, mango.skuId);
    const o = await order(created.body.id, b);
    const part = o.supplierOrders[0];
    const item = o.items[0];

    // One unit back before anything ships: refund only, the unit returns to stock.
    const r1 = await t.http().post(`/api/orders/${o.id}/refunds`).set('Authorization', b).send({ supplierOrderId: part.id, reason: '多买了一箱', lines: [{ orderItemId: item.id, quantity: 1 }] }).expect(201);
    expect(r1.body).toMatchObject({ kind: 'BEFORE_SHIPMENT', status: 'REQUESTED', amountFen: 5990 });
    // While it is open the part can't ship, and a second request waits.
    expect((await t.http().post(`/api/supplier/orders/${part.id}/shipments`).set('Authorization', mangoStaff).send({ carrier: '顺丰速运', trackingNo: 'SF9999' })).body.code).toBe('REFUND_PENDING');
    expect((await t.http().post(`/api/orders/${o.id}/refunds`).set('Authorization', b).send({ supplierOrderId: part.id, reason: '再退一箱' })).body.code).toBe('REFUND_PENDING');
    // Another co-op can't decide it.
    await t.http().post(`/api/supplier/refunds/${r1.body.id}/approve`).set('Authorization', hechiStaff).expect(404);
    const approved = await t.http().post(`/api/supplier/refunds/${r1.body.id}/approve`).set('Authorization', mangoStaff).expect(200);
    expect(approved.body.status).toBe('REFUNDED');
    expect(await stockOf(t, mango.skuId)).toBe(stockPaid + 1);
    expect((await t.http().post(`/api/supplier/refunds/${r1.body.id}/approve`).set('Authorization', mangoStaff)).body.code).toBe('INVALID_TRANSITION');

    await t.http().post(`/api/supplier/orders/${part.id}/shipments`).set('Authorization', mangoStaff).send({ carrier: '顺丰速运', trackingNo: 'SF777' }).expect(201);
    // After shipping: a rejected request, then an approved one; shipped units don't return to stock.
    const r2 = await t.http().post(`/api/orders/${o.id}/refunds`).set('Authorization', b).send({ supplierOrderId: part.id, reason: '不想要了' }).expect(201);
    expect(r2.body).toMatchObject({ kind: 'AFTER_SHIPMENT', amountFen: 2 * 5990 });
    await t.http().post(`/api/supplier/refunds/${r2.body.id}/reject`).set('Authorization', mangoStaff).send({ reason: '生鲜签收后不支持无理由退货' }).expect(200);
    const r3 = await t.http().post(`/api/orders/${o.id}/refunds`).set('Authorization', b).send({ supplierOrderId: part.id, reason: '到货坏果' }).expect(201);
    await t.http().post(`/api/supplier/refunds/${r3.body.id}/approve`).set('Authorization', mangoStaff).expect(200);
    expect(await stockOf(t, mango.skuId)).toBe(stockPaid + 1);
    const after = await order(o.id, b);
    expect(after).toMatchObject({ status: 'REFUNDED', refundedFen: 3 * 5990 });
    expect(after.refunds.map((r: { status: string }) => r.status)).toEqual(['REFUNDED', 'REJECTED', 'REFUNDED']);
    const entries = (await t.http().get('/api/supplier/ledger').set('Authorization', mangoStaff).expect(200)).body.items.filter((e: { orderId: string }) => e.orderId === o.id);
    expect(entries.reduce((a: number, e: { amountFen: number }) => a + e.amountFen, 0)).toBe(0);
    expect((await t.app.get(OrderSalesService).salesCounts([mango.productId])).get(mango.productId)).toBe(2); // only the first test's 2 units remain sold
  });

  it('records a payment that arrives after the order expired, and returns it automatically', async () => {
    const [b] = await newBuyers(t, 1);
    const created = await checkout(t, b, [{ skuId: oil.skuId, quantity: 1 }]);
    const pay = await t.http().post(`/api/orders/${created.body.id}/pay`).set('Authorization', b).send({ channel: 'alipay', device: 'wap' }).expect(200);
    // The buyer lingers at the cashier; the order expires meanwhile.
    await backdate(t, created.body.id);
    expect(await t.app.get(OrderLifecycle).expireDue()).toBeGreaterThanOrEqual(1);
    const cashier = await t.http().get(pay.body.payUrl.slice(base.length)).expect(200);
    await t.http().post(`${/action="([^"]+)\/pay"/.exec(cashier.text)![1]}/pay`).expect(303);
    const o = await order(created.body.id, b);
    expect(o.status).toBe('CANCELLED');
    expect(o.refunds).toEqual([expect.objectContaining({ kind: 'STRAY_PAYMENT', status: 'REFUNDED', amountFen: 12800 })]);
    expect(o.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['EXPIRED', 'STRAY_PAYMENT', 'REFUNDED']));
  });

  it('settles a closed period once, for operators only; co-ops see their own settlements', async () => {
    const supplierId = (await t.http().get('/api/auth/me').set('Authorization', mangoStaff)).body.supplierId;
    // This suite's entries (dated today) move into a closed month before the demo's sales history,
    // whose own entries of this co-op lie in the last 14 months and must not be settled here.
    await t.app.get(DataSource).query("UPDATE ledger_entries SET businessDate = '2024-01-15' WHERE supplierId = ? AND businessDate >= ?", [supplierId, suiteDay]);
    const body = { supplierId, periodFrom: '2024-01-01', periodTo: '2024-01-31' };
    await t.http().post('/api/admin/settlements').set('Authorization', mangoStaff).send(body).expect(403);
    const [a, b] = await Promise.all([1, 2].map(() => t.http().post('/api/admin/settlements').set('Authorization', op).send(body)));
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const s = a.status === 201 ? a.body : b.body;
    expect(s.netFen).toBe(s.saleFen + s.subsidyFen + s.refundFen);
    expect(s.netFen).toBe(2 * 5990);
    const open = await t.http().post('/api/admin/settlements').set('Authorization', op).send({ ...body, periodTo: '2999-01-01' });
    expect(open.body.code).toBe('PERIOD_NOT_CLOSED');
    await t.http().post(`/api/admin/settlements/${s.id}/paid`).set('Authorization', op).send({ payReference: '对公转账 001' }).expect(200);
    expect((await t.http().post(`/api/admin/settlements/${s.id}/paid`).set('Authorization', op).send({ payReference: 'x' })).status).toBe(409);
    const own = await t.http().get('/api/supplier/settlements').set('Authorization', mangoStaff).expect(200);
    expect(own.body.items).toEqual([expect.objectContaining({ id: s.id, status: 'PAID' })]);
    expect((await t.http().get('/api/supplier/settlements').set('Authorization', hechiStaff).expect(200)).body.items).toEqual([]);
  });
});
