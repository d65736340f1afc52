import { randomUUID } from 'node:crypto';
import { listedProduct, mangoProduct } from '../../testing/catalog-fixtures';
import { DEMO, TestApp } from '../../testing/test-app';
import { addDays, shanghaiDay } from './order-store';

/** Test helpers for procurement orders, driving the real API. */

export const deliveryDay = (daysAhead = 3) => addDays(shanghaiDay(new Date()), daysAhead);

export interface AgencySku {
  productId: string;
  skuId: string;
  priceFen: number;
  agencyMinQty: number;
}

/** Lists a one-SKU product of the mango co-op (田东 451022) or the Hechi co-op (巴马 451227). */
export async function agencySku(t: TestApp, who: 'mango' | 'hechi', opts: { stock: number; priceFen: number; agencyMinQty?: number }): Promise<AgencySku> {
  const op = await t.login(DEMO.operator);
  const supplier = await t.login(who === 'mango' ? DEMO.mangoSupplier : DEMO.hechiSupplier);
  const county = who === 'mango' ? '451022' : '451227';
  const agencyMinQty = opts.agencyMinQty ?? 1;
  const body = mangoProduct('', {
    name: `${who === 'mango' ? '食堂芒果' : '食堂火麻油'} ${randomUUID().slice(0, 6)}`,
    originCountyCode: county,
    skus: [{ spec: '20斤装 食堂采购', unit: '箱', netWeightGrams: 10000, priceFen: opts.priceFen, stock: opts.stock, agencyMinQty }],
  });
  const productId = await listedProduct(t, supplier, op, body, county);
  const detail = await t.http().get(`/api/products/${productId}`).expect(200);
  return { productId, skuId: detail.body.skus[0].id, priceFen: detail.body.skus[0].priceFen, agencyMinQty };
}

export interface AgencyPeople {
  agencyId: string;
  canteenId: string;
  buyer: string;
  approver: string;
  manager: string;
}

/** The demo agency (福田区机关事务管理局) with its first canteen and the three demo accounts. */
export async function demoAgency(t: TestApp): Promise<AgencyPeople> {
  const buyer = await t.login(DEMO.canteenBuyer);
  const me = (await t.http().get('/api/auth/me').set('Authorization', buyer).expect(200)).body;
  const agency = (await t.http().get(`/api/agencies/${me.agency.id}`).set('Authorization', buyer).expect(200)).body;
  return { agencyId: agency.id, canteenId: agency.canteens[0].id, buyer, approver: await t.login(DEMO.approver), manager: await t.login(DEMO.agencyManager) };
}

let phoneSeq = 0;
/** Creates an account through the operator API and logs it in. */
export async function newAccount(t: TestApp, roles: string[], org: { agencyId?: string; supplierId?: string }): Promise<string> {
  const op = await t.login(DEMO.operator);
  const phone = String(13_600_000_000 + Math.floor(Math.random() * 90_000_000) + ++phoneSeq);
  const res = await t.http().post('/api/admin/users').set('Authorization', op).send({ phone, password: 'Canteen2026ok', name: `测试${phoneSeq}`, roles, ...org });
  if (res.status !== 201) throw new Error(`create user failed: ${res.status} ${JSON.stringify(res.body)}`);
  return t.login(phone, 'Canteen2026ok');
}

/** A second agency (its own division, canteen and people), made through the operator API. */
export async function otherAgency(t: TestApp, divisionCode = '440305'): Promise<AgencyPeople> {
  const op = await t.login(DEMO.operator);
  const res = await t
    .http()
    .post('/api/admin/agencies')
    .set('Authorization', op)
    .send({ name: `测试单位 ${randomUUID().slice(0, 8)}`, divisionCode, canteens: [{ name: '职工食堂', address: '深圳市测试路 1 号' }] });
  if (res.status !== 201) throw new Error(`create agency failed: ${res.status} ${JSON.stringify(res.body)}`);
  const agencyId = res.body.id as string;
  return {
    agencyId,
    canteenId: res.body.canteens[0].id,
    buyer: await newAccount(t, ['CANTEEN_BUYER'], { agencyId }),
    approver: await newAccount(t, ['AGENCY_APPROVER'], { agencyId }),
    manager: await newAccount(t, ['AGENCY_MANAGER'], { agencyId }),
  };
}

export function submit(t: TestApp, token: string, body: Record<string, unknown>, key: string = randomUUID()) {
  return t.http().post('/api/procurement/orders').set('Authorization', token).set('Idempotency-Key', key).send(body);
}

export async function setRule(t: TestApp, a: AgencyPeople, mode: string, thresholdFen?: number): Promise<void> {
  await t
    .http()
    .put(`/api/agencies/${a.agencyId}/approval-rule`)
    .set('Authorization', a.manager)
    .send({ mode, ...(thresholdFen !== undefined ? { thresholdFen } : {}) })
    .expect(200);
}

/** Submits one order for `qty` of a SKU and returns its id (the request must make exactly one order). */
export async function submitOne(t: TestApp, a: AgencyPeople, sku: AgencySku, qty: number, token = a.buyer): Promise<string> {
  const res = await submit(t, token, { canteenId: a.canteenId, deliveryDate: deliveryDay(), lines: [{ skuId: sku.skuId, quantity: qty }] });
  if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.orders[0].id as string;
}

/** Drives an order from submission to SHIPPED under a NEVER rule (or approves it when needed). */
export async function shippedOrder(t: TestApp, a: AgencyPeople, sku: AgencySku, qty: number, supplier: string): Promise<string> {
  const id = await submitOne(t, a, sku, qty);
  const o = (await t.http().get(`/api/procurement/orders/${id}`).set('Authorization', a.buyer).expect(200)).body;
  if (o.status === 'PENDING_APPROVAL') await t.http().post(`/api/procurement/orders/${id}/approve`).set('Authorization', a.approver).send({}).expect(200);
  await t.http().post(`/api/supplier/procurement-orders/${id}/confirm`).set('Authorization', supplier).send({}).expect(200);
  await t.http().post(`/api/supplier/procurement-orders/${id}/ship`).set('Authorization', supplier).send({ carrier: '顺丰冷运', trackingNo: 'SF1234567890' }).expect(200);
  return id;
}
