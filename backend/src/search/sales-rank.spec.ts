import { OrderSalesService } from '../orders/order-sales.service';
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
    // Last by sales: the least sold product (the demo's history has sold some of each; ties go to the
    // oldest listing). One unit more than the best seller has sold puts it first.
    const before = (await t.http().get('/api/products?sort=sales&pageSize=50').expect(200)).body.items as { id: string; name: string }[];
    const oldest = before.at(-1)!;
    const sold = await t.app.get(OrderSalesService).salesCounts();
    const units = (sold.get(before[0].id) ?? 0) - (sold.get(oldest.id) ?? 0) + 1;
    const skus = (await t.http().get(`/api/products/${oldest.id}`).expect(200)).body.skus as { id: string; stock: number }[];
    const sku = { skuId: [...skus].sort((a, b) => b.stock - a.stock)[0].id };

    const [buyer] = await newBuyers(t, 1);
    const order = await checkout(t, buyer, [{ skuId: sku.skuId, quantity: units }]).expect(201);
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
