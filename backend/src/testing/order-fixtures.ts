import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { StockService } from '../catalog/stock.service';
import { CustomerOrder } from '../orders/customer-order.entity';
import { listedProduct, mangoProduct } from './catalog-fixtures';
import { DEMO, TestApp } from './test-app';

export const ADDRESS = { name: '陈晓梅', phone: '13912345678', region: '广东省深圳市福田区', detail: '福华三路 88 号 2 栋 1201' };

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

let phoneSeq = 0;
/** Registers `n` new citizens (a fresh phone each) and returns their bearer headers. */
export async function newBuyers(t: TestApp, n: number): Promise<string[]> {
  const out: string[] = [];
  const base = 13_700_000_000 + Math.floor(Math.random() * 90_000_000);
  for (let i = 0; i < n; i++) {
    const res = await t.http().post('/api/auth/register').send({ phone: String(base + ++phoneSeq), password: 'Buyer2026ok', name: `买家${phoneSeq}` });
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
    out.push(`Bearer ${res.body.accessToken}`);
  }
  return out;
}

export interface ListedSku {
  productId: string;
  skuId: string;
  priceFen: number;
}

/** Lists a one-SKU product of the mango co-op (田东) or the Hechi co-op (巴马) with the given stock and price. */
export async function listedSku(t: TestApp, who: 'mango' | 'hechi', opts: { stock: number; priceFen: number; name?: string }): Promise<ListedSku> {
  const op = await t.login(DEMO.operator);
  const supplier = await t.login(who === 'mango' ? DEMO.mangoSupplier : DEMO.hechiSupplier);
  const county = who === 'mango' ? '451022' : '451227';
  const body = mangoProduct('', {
    name: opts.name ?? `${who === 'mango' ? '测试芒果' : '测试火麻油'} ${randomUUID().slice(0, 6)}`,
    originCountyCode: county,
    skus: [{ spec: '标准装', unit: '箱', netWeightGrams: 2500, priceFen: opts.priceFen, stock: opts.stock, agencyMinQty: 1 }],
  });
  const productId = await listedProduct(t, supplier, op, body, county);
  const detail = await t.http().get(`/api/products/${productId}`).expect(200);
  return { productId, skuId: detail.body.skus[0].id, priceFen: detail.body.skus[0].priceFen };
}

export const stockOf = async (t: TestApp, skuId: string) => (await t.app.get(StockService).stockOf(skuId))!;

export function checkout(t: TestApp, token: string, items: { skuId: string; quantity: number }[], key: string = randomUUID(), extra: Record<string, unknown> = {}) {
  return t.http().post('/api/orders').set('Authorization', token).set('Idempotency-Key', key).send({ items, address: ADDRESS, ...extra });
}

/** Moves an unpaid order's deadline into the past (as if the timeout had run out). */
export async function backdate(t: TestApp, orderId: string): Promise<void> {
  await t.app.get(DataSource).getRepository(CustomerOrder).update({ id: orderId }, { expiresAt: new Date(Date.now() - 60_000) });
}

/** Pays an order the way a person does: the pay endpoint, the sandbox cashier, its signed notification. Needs a listening app. */
export async function payAtCashier(t: TestApp, base: string, token: string, orderId: string): Promise<string> {
  const pay = await t.http().post(`/api/orders/${orderId}/pay`).set('Authorization', token).send({ channel: 'alipay' });
  if (pay.status !== 200) throw new Error(`pay failed: ${pay.status} ${JSON.stringify(pay.body)}`);
  const cashier = await t.http().get(pay.body.payUrl.slice(base.length)).expect(200);
  const action = /action="([^"]+)\/pay"/.exec(cashier.text)![1];
  await t.http().post(`${action}/pay`).expect(303);
  return pay.body.outTradeNo as string;
}
