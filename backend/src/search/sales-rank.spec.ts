import { checkout, freePort, newBuyers, payAtCashier } from '../testing/order-fixtures';
import { startTestApp, TestApp } from '../testing/test-app';

/** The "sales" sort ranks by units sold: a paid order moves its product up, a refund would move it back. */
describe('search: sales ranking fed by paid orders', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PUBLIC_BASE_URL: base });
    await t.app.listen(port, '127.0.0.1');
  });
  afterAll(() => t.close());

  it('puts the product just bought first when sorting by sales', async () => {
    // Without sales the order falls back to newest: the oldest listing is last.
    const before = (await t.http().get('/api/products?sort=sales&pageSize=50').expect(200)).body.items as { id: string; name: string }[];
    const oldest = before.at(-1)!;
    const sku = { skuId: (await t.http().get(`/api/products/${oldest.id}`).expect(200)).body.skus[0].id as string };

    const [buyer] = await newBuyers(t, 1);
    const order = await checkout(t, buyer, [{ skuId: sku.skuId, quantity: 3 }]).expect(201);
    await payAtCashier(t, base, buyer, order.body.id);
    // The notification arrives over HTTP; wait until the order is paid.
    for (let i = 0; i < 50; i++) {
      if ((await t.http().get(`/api/orders/${order.body.id}`).set('Authorization', buyer)).body.status === 'PAID') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const after = (await t.http().get('/api/products?sort=sales&pageSize=50').expect(200)).body.items.map((p: { name: string }) => p.name);
    expect(after[0]).toBe(oldest.name);
    expect(before[0].name).not.toBe(oldest.name);
  });
});
