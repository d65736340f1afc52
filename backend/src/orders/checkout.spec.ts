import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ADDRESS, backdate, checkout, ListedSku, listedSku, newBuyers, stockOf } from '../testing/order-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { CustomerOrder } from './customer-order.entity';
import { OrderEvent } from './order-event.entity';
import { OrderLifecycle } from './order-lifecycle.service';
import { isValidOrderNo } from './order-no';
import { SYSTEM } from './order-transitions';
import { OrderEventType } from './order-event.entity';

describe('orders: checkout, stock and expiry', () => {
  let t: TestApp;
  let citizen: string;
  let mango: ListedSku;
  let oil: ListedSku;
  let ds: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    citizen = await t.login(DEMO.citizen);
    mango = await listedSku(t, 'mango', { stock: 100, priceFen: 5990 });
    oil = await listedSku(t, 'hechi', { stock: 100, priceFen: 12800 });
  });
  afterAll(() => t.close());

  const orderCount = () => ds.getRepository(CustomerOrder).count();

  it('computes prices and totals on the server, splits the order per co-op, and numbers it readably', async () => {
    // The client's numbers are refused outright, not silently used.
    const forged = await checkout(t, citizen, [{ skuId: mango.skuId, quantity: 1 }], randomUUID(), { totalFen: 1 });
    expect(forged.status).toBe(400);
    const priced = await t.http().post('/api/orders').set('Authorization', citizen).set('Idempotency-Key', randomUUID())
      .send({ items: [{ skuId: mango.skuId, quantity: 2, priceFen: 1 }], address: ADDRESS });
    expect(priced.status).toBe(400);

    const res = await checkout(t, citizen, [{ skuId: mango.skuId, quantity: 2 }, { skuId: oil.skuId, quantity: 1 }, { skuId: mango.skuId, quantity: 1 }]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'PENDING_PAYMENT', totalFen: 3 * 5990 + 12800, discountFen: 0, payableFen: 3 * 5990 + 12800 });
    expect(isValidOrderNo(res.body.orderNo)).toBe(true);
    const order = await t.http().get(`/api/orders/${res.body.id}`).set('Authorization', citizen).expect(200);
    expect(order.body.supplierOrders).toHaveLength(2);
    expect(order.body.supplierOrders.map((p: { subOrderNo: string }) => p.subOrderNo).sort()).toEqual([`${res.body.orderNo}-1`, `${res.body.orderNo}-2`]);
    expect(order.body.items.map((i: { skuId: string; quantity: number; unitPriceFen: number }) => [i.skuId, i.quantity, i.unitPriceFen]).sort()).toEqual(
      [[mango.skuId, 3, 5990], [oil.skuId, 1, 12800]].sort(),
    );
    expect(order.body.events[0]).toMatchObject({ type: 'CREATED', actor: 'BUYER', to: 'PENDING_PAYMENT' });
    expect(await stockOf(t, mango.skuId)).toBe(97);
    // Only its buyer sees it; anyone else gets 404, as for an order that does not exist.
    const [stranger] = await newBuyers(t, 1);
    await t.http().get(`/api/orders/${res.body.id}`).set('Authorization', stranger).expect(404);
    await t.http().post(`/api/orders/${res.body.id}/cancel`).set('Authorization', stranger).send({}).expect(404);
    expect((await t.http().get('/api/orders').set('Authorization', stranger).expect(200)).body.items).toEqual([]);
    // Cancelling gives the stock back; a cancelled order can't be cancelled or paid again.
    await t.http().post(`/api/orders/${res.body.id}/cancel`).set('Authorization', citizen).send({ reason: '买错了' }).expect(200);
    expect(await stockOf(t, mango.skuId)).toBe(100);
    expect((await t.http().post(`/api/orders/${res.body.id}/cancel`).set('Authorization', citizen).send({})).body.code).toBe('INVALID_TRANSITION');
    expect((await t.http().post(`/api/orders/${res.body.id}/pay`).set('Authorization', citizen).send({ channel: 'alipay' })).status).toBe(409);
  });

  it('answers a retried request with the same order, and refuses the key with another body', async () => {
    const key = randomUUID();
    const first = await checkout(t, citizen, [{ skuId: oil.skuId, quantity: 2 }], key);
    expect(first.status).toBe(201);
    const before = await orderCount();
    const again = await checkout(t, citizen, [{ skuId: oil.skuId, quantity: 2 }], key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const racing = await Promise.all([1, 2, 3].map(() => checkout(t, citizen, [{ skuId: oil.skuId, quantity: 2 }], key)));
    expect(racing.map((r) => r.body.id)).toEqual([first.body.id, first.body.id, first.body.id]);
    expect(await orderCount()).toBe(before);
    expect(await stockOf(t, oil.skuId)).toBe(98);
    const other = await checkout(t, citizen, [{ skuId: oil.skuId, quantity: 3 }], key);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const missing = await t.http().post('/api/orders').set('Authorization', citizen).send({ items: [{ skuId: oil.skuId, quantity: 1 }], address: ADDRESS });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
  });

  it('refuses an order it cannot fill with 409 OUT_OF_STOCK and changes nothing', async () => {
    const scarce = await listedSku(t, 'mango', { stock: 3, priceFen: 990 });
    const before = await orderCount();
    const res = await checkout(t, citizen, [{ skuId: oil.skuId, quantity: 1 }, { skuId: scarce.skuId, quantity: 4 }]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'OUT_OF_STOCK', details: { skuId: scarce.skuId } });
    expect(await orderCount()).toBe(before);
    expect(await stockOf(t, scarce.skuId)).toBe(3);
    expect(await stockOf(t, oil.skuId)).toBe(98);
    // Off-sale SKUs and unknown SKUs are refused by name.
    const unknown = await checkout(t, citizen, [{ skuId: randomUUID(), quantity: 1 }]);
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('SKU_UNAVAILABLE');
  });

  it('sells exactly the stock to 50 concurrent buyers of 20 units, never below zero', async () => {
    const flash = await listedSku(t, 'mango', { stock: 20, priceFen: 1990, name: '秒杀芒果' });
    const buyers = await newBuyers(t, 50);
    const before = await orderCount();
    const results = await Promise.all(buyers.map((b) => checkout(t, b, [{ skuId: flash.skuId, quantity: 1 }])));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'OUT_OF_STOCK')).toBe(true);
    expect(await stockOf(t, flash.skuId)).toBe(0);
    expect(await orderCount()).toBe(before + 20);
    const sold = await ds.query('SELECT SUM(quantity) AS n FROM order_items WHERE skuId = ?', [flash.skuId]);
    expect(Number(sold[0].n)).toBe(20);
  });

  it('returns the stock of an expired order exactly once, however many sweeps race for it', async () => {
    const sku = await listedSku(t, 'hechi', { stock: 10, priceFen: 4500 });
    const res = await checkout(t, citizen, [{ skuId: sku.skuId, quantity: 4 }]);
    expect(await stockOf(t, sku.skuId)).toBe(6);
    await backdate(t, res.body.id);
    const lifecycle = t.app.get(OrderLifecycle);
    const wins = await Promise.all([
      lifecycle.expireDue(),
      lifecycle.expireDue(),
      lifecycle.close(res.body.id, SYSTEM, OrderEventType.EXPIRED, '超时未支付'),
      lifecycle.close(res.body.id, SYSTEM, OrderEventType.EXPIRED, '超时未支付'),
    ]);
    expect(wins.map(Number).reduce((a, b) => a + b, 0)).toBe(1);
    expect(await stockOf(t, sku.skuId)).toBe(10);
    const events = await ds.getRepository(OrderEvent).findBy({ orderId: res.body.id, type: OrderEventType.EXPIRED });
    expect(events).toHaveLength(1);
    const order = await t.http().get(`/api/orders/${res.body.id}`).set('Authorization', citizen).expect(200);
    expect(order.body).toMatchObject({ status: 'CANCELLED', cancelReason: expect.stringContaining('超时') });
    expect((await t.http().post(`/api/orders/${res.body.id}/pay`).set('Authorization', citizen).send({ channel: 'alipay' })).body.code).toBe('ORDER_CLOSED');
    // An overdue order nobody swept yet is closed when its buyer looks at it.
    const late = await checkout(t, citizen, [{ skuId: sku.skuId, quantity: 1 }]);
    await backdate(t, late.body.id);
    expect((await t.http().get(`/api/orders/${late.body.id}`).set('Authorization', citizen).expect(200)).body.status).toBe('CANCELLED');
    expect(await stockOf(t, sku.skuId)).toBe(10);
  });

  it('keeps a cart on the server with live prices, and merges the guest cart at login', async () => {
    const [b] = await newBuyers(t, 1);
    await t.http().post('/api/cart/items').set('Authorization', b).send({ skuId: mango.skuId, quantity: 2 }).expect(200);
    const merged = await t.http().post('/api/cart/merge').set('Authorization', b)
      .send({ items: [{ skuId: mango.skuId, quantity: 1 }, { skuId: oil.skuId, quantity: 1 }, { skuId: randomUUID(), quantity: 5 }] }).expect(200);
    expect(merged.body.lineCount).toBe(2);
    expect(merged.body.groups).toHaveLength(2);
    expect(merged.body.totalFen).toBe(3 * 5990 + 12800);
    const line = merged.body.groups.flatMap((g: { lines: unknown[] }) => g.lines).find((l: { skuId: string }) => l.skuId === mango.skuId);
    expect(line).toMatchObject({ quantity: 3, priceFen: 5990, available: true });
    await t.http().patch(`/api/cart/items/${mango.skuId}`).set('Authorization', b).send({ quantity: 1 }).expect(200);
    // Checkout takes the bought lines out of the cart.
    await checkout(t, b, [{ skuId: mango.skuId, quantity: 1 }]).expect(201);
    const cart = await t.http().get('/api/cart').set('Authorization', b).expect(200);
    expect(cart.body.groups.flatMap((g: { lines: { skuId: string }[] }) => g.lines.map((l) => l.skuId))).toEqual([oil.skuId]);
    // A supplier's staff has no cart.
    await t.http().get('/api/cart').set('Authorization', await t.login(DEMO.mangoSupplier)).expect(403);
  });
});
