import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ShopService } from '../catalog/shop.service';
import { Sku } from '../catalog/sku.entity';
import { ZonesService } from '../catalog/zones.service';
import { inTransaction } from '../database/transaction';
import { DEMO_COUPON_CODE } from '../demo/demo-promotions.seeder';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { CouponCampaign } from './campaign.entity';
import { Coupon, CouponStatus } from './coupon.entity';
import { CouponsService, QuoteLine } from './coupons.service';
import { parsePhoneList } from './phone-list';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('phone lists', () => {
  it('reads phones from CSV or text with headers, names and +86, and reports what is not a mobile number', () => {
    const csv = '\uFEFF姓名,手机号\n张三,13912345678\n李四,+8613912345679\r\n王五,"13912345678"\n赵六,12345\n139 1234 5680';
    expect(parsePhoneList(csv)).toEqual({ phones: ['13912345678', '13912345679'], invalid: ['12345', '139', '1234', '5680'] });
    expect(parsePhoneList('13700000001;13700000002\t13700000003').phones).toHaveLength(3);
  });
});

describe('union coupons', () => {
  let t: TestApp;
  let op: string;
  let citizen: string;
  let coupons: CouponsService;
  let ds: DataSource;
  let citizenId: string;
  let lines: (n: number) => QuoteLine[];

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.login(DEMO.operator);
    citizen = await t.login(DEMO.citizen);
    coupons = t.app.get(CouponsService);
    ds = t.app.get(DataSource);
    citizenId = (await t.http().get('/api/auth/me').set('Authorization', citizen)).body.id;
    const product = (await t.app.get(ShopService).visibleProducts())[0];
    const sku = await ds.getRepository(Sku).findOneByOrFail({ productId: product.id, enabled: true });
    lines = (n) => [{ skuId: sku.id, productId: product.id, unitPriceFen: 5000, quantity: n }];
  });
  afterAll(() => t.close());

  const createCampaign = (over: Record<string, unknown> = {}) =>
    t.http().post('/api/admin/coupon-campaigns').set('Authorization', op)
      .send({ name: '测试工会券', unionName: '福田区总工会', budgetFen: 100_000, faceValueFen: 1000, minSpendFen: 5000, validFrom: addDays(today(), -1), validTo: addDays(today(), 30), scope: 'ASSISTANCE', ...over });

  it('shows the demo citizen an unused 深圳市总工会 coupon in the wallet', async () => {
    const res = await t.http().get('/api/coupons/mine').set('Authorization', citizen).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ code: DEMO_COUPON_CODE, campaignName: '深圳市总工会消费帮扶券', fundedBy: '深圳市总工会', faceValueFen: 2000, minSpendFen: 9900, status: 'AVAILABLE', scope: 'ASSISTANCE' }),
    ]);
    await t.http().get('/api/coupons/mine').expect(401);
  });

  it('quotes, redeems and releases a coupon for the order side', async () => {
    const q = await coupons.quote(citizenId, DEMO_COUPON_CODE.toLowerCase(), lines(2));
    expect(q).toEqual({ couponId: expect.any(String), discountFen: 2000, fundedBy: '深圳市总工会' });
    await expect(coupons.quote(citizenId, DEMO_COUPON_CODE, lines(1))).rejects.toMatchObject({ code: 'COUPON_NOT_APPLICABLE', status: 422 });
    const outside: QuoteLine[] = [{ skuId: randomUUID(), productId: randomUUID(), unitPriceFen: 20_000, quantity: 1 }];
    await expect(coupons.quote(citizenId, DEMO_COUPON_CODE, outside)).rejects.toMatchObject({ code: 'COUPON_NOT_APPLICABLE' });
    const buyerId = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.canteenBuyer))).body.id;
    await expect(coupons.quote(buyerId, DEMO_COUPON_CODE, lines(2))).rejects.toMatchObject({ code: 'COUPON_NOT_FOUND', status: 404 });

    const orderId = randomUUID();
    await ds.transaction((m) => coupons.redeem(m, q.couponId, citizenId, orderId));
    await expect(ds.transaction((m) => coupons.redeem(m, q.couponId, citizenId, randomUUID()))).rejects.toMatchObject({ code: 'COUPON_UNAVAILABLE', status: 409 });
    await expect(coupons.quote(citizenId, DEMO_COUPON_CODE, lines(2))).rejects.toMatchObject({ code: 'COUPON_USED' });
    expect((await t.http().get('/api/coupons/mine').set('Authorization', citizen)).body.items[0]).toMatchObject({ status: 'USED', orderId });
    await ds.transaction((m) => coupons.release(m, q.couponId, randomUUID())); // another order's release changes nothing
    expect((await ds.getRepository(Coupon).findOneByOrFail({ id: q.couponId })).status).toBe(CouponStatus.USED);
    await ds.transaction((m) => coupons.release(m, q.couponId, orderId));
    expect(await ds.getRepository(Coupon).findOneByOrFail({ id: q.couponId })).toMatchObject({ status: CouponStatus.AVAILABLE, orderId: null });
    // Two orders racing for one coupon: exactly one gets it.
    const results = await Promise.allSettled([randomUUID(), randomUUID(), randomUUID()].map((o) => inTransaction(ds, (m) => coupons.redeem(m, q.couponId, citizenId, o))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('limits a zone coupon to the zone, and refuses expired or suspended campaigns', async () => {
    const zonesService = t.app.get(ZonesService);
    const mango = await zonesService.bySlug('baise-mango', true);
    const zoneCampaign = (await createCampaign({ scope: 'ZONE', zoneId: mango.id }).expect(201)).body;
    await t.http().post(`/api/admin/coupon-campaigns/${zoneCampaign.id}/grants`).set('Authorization', op).send({ phones: [DEMO.citizen] }).expect(201);
    const code = (await t.http().get('/api/coupons/mine').set('Authorization', citizen)).body.items.find((c: { campaignName: string; scope: string }) => c.scope === 'ZONE').code;
    const inZone = await zonesService.productsOf(mango);
    const mangoProduct = inZone[0];
    const other = (await t.app.get(ShopService).visibleProducts()).find((p) => !inZone.some((z) => z.id === p.id))!;
    expect(mangoProduct && other).toBeTruthy();
    const line = (productId: string): QuoteLine[] => [{ skuId: randomUUID(), productId, unitPriceFen: 6000, quantity: 1 }];
    expect((await coupons.quote(citizenId, code, line(mangoProduct.id))).discountFen).toBe(1000);
    await expect(coupons.quote(citizenId, code, line(other.id))).rejects.toMatchObject({ code: 'COUPON_NOT_APPLICABLE' });

    await createCampaign({ scope: 'ZONE' }).expect(400);
    await createCampaign({ validFrom: '2026-02-01', validTo: '2026-01-01' }).expect(400);

    const old = (await createCampaign({ validFrom: '2024-01-01', validTo: '2024-12-31' }).expect(201)).body;
    await t.http().post(`/api/admin/coupon-campaigns/${old.id}/grants`).set('Authorization', op).send({ phones: [DEMO.citizen] }).expect(201);
    const wallet = (await t.http().get('/api/coupons/mine').set('Authorization', citizen)).body.items;
    const expired = wallet.find((c: { validTo: string }) => c.validTo === '2024-12-31');
    expect(expired.status).toBe('EXPIRED');
    await expect(coupons.quote(citizenId, expired.code, lines(2))).rejects.toMatchObject({ code: 'COUPON_EXPIRED', status: 409 });

    await t.http().patch(`/api/admin/coupon-campaigns/${zoneCampaign.id}`).set('Authorization', op).send({ status: 'SUSPENDED' }).expect(200);
    await expect(coupons.quote(citizenId, code, line(mangoProduct.id))).rejects.toMatchObject({ code: 'CAMPAIGN_SUSPENDED' });
  });

  it('issues by uploaded phone list, once per member, keeping coupons for phones that register later', async () => {
    const c = (await createCampaign({ budgetFen: 3000, faceValueFen: 1000 }).expect(201)).body;
    const list = `手机号,姓名\n${DEMO.citizen},陈小梅\n13900000042,新会员\n12345,错号\n`;
    const first = await t.http().post(`/api/admin/coupon-campaigns/${c.id}/grants/upload`).set('Authorization', op)
      .attach('file', Buffer.from(list), { filename: '会员名单.csv', contentType: 'text/csv' }).expect(201);
    expect(first.body).toEqual({ issued: 2, alreadyHeld: [], invalid: ['12345'], remainingFen: 1000 });
    const again = await t.http().post(`/api/admin/coupon-campaigns/${c.id}/grants`).set('Authorization', op).send({ phones: [DEMO.citizen, '13900000042'] }).expect(201);
    expect(again.body).toMatchObject({ issued: 0, alreadyHeld: expect.arrayContaining([DEMO.citizen, '13900000042']) });
    // Over budget: all or nothing.
    const over = await t.http().post(`/api/admin/coupon-campaigns/${c.id}/grants`).set('Authorization', op).send({ phones: ['13900000043', '13900000044'] }).expect(409);
    expect(over.body.code).toBe('BUDGET_EXHAUSTED');
    expect((await ds.getRepository(CouponCampaign).findOneByOrFail({ id: c.id })).issuedFen).toBe(2000);

    const reg = await t.http().post('/api/auth/register').send({ phone: '13900000042', password: 'Member2026', name: '新会员' }).expect(201);
    const wallet = await t.http().get('/api/coupons/mine').set('Authorization', `Bearer ${reg.body.accessToken}`).expect(200);
    expect(wallet.body.items).toEqual([expect.objectContaining({ campaignName: '测试工会券', status: 'AVAILABLE' })]);
    const junk = await t.http().post(`/api/admin/coupon-campaigns/${c.id}/grants/upload`).set('Authorization', op)
      .attach('file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), { filename: 'x.csv', contentType: 'text/csv' }).expect(400);
    expect(junk.body.code).toBe('INVALID_PHONE_LIST');
    await t.http().post(`/api/admin/coupon-campaigns/${c.id}/grants`).set('Authorization', citizen).send({ phones: [DEMO.citizen] }).expect(403);
  });

  it('never overspends the budget under concurrent claims, and gives each member one coupon', async () => {
    const c = (await createCampaign({ budgetFen: 5000, faceValueFen: 500, minSpendFen: 0, claimCode: 'race2026' }).expect(201)).body;
    expect(c.claimCode).toBe('RACE2026');
    const tokens: string[] = [];
    for (let i = 0; i < 25; i++) {
      const r = await t.http().post('/api/auth/register').send({ phone: `1370000${String(1000 + i)}`, password: 'Member2026', name: `会员${i}` }).expect(201);
      tokens.push(`Bearer ${r.body.accessToken}`);
    }
    const claims = await Promise.all(tokens.map((tk) => t.http().post('/api/coupons/claim').set('Authorization', tk).send({ code: 'race2026' })));
    const statuses = claims.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(claims.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.code === 'BUDGET_EXHAUSTED')).toBe(true);
    const after = await ds.getRepository(CouponCampaign).findOneByOrFail({ id: c.id });
    expect(after.issuedFen).toBe(5000);
    expect(await ds.getRepository(Coupon).countBy({ campaignId: c.id })).toBe(10);

    const c2 = (await createCampaign({ budgetFen: 100_000, faceValueFen: 500, claimCode: 'ONCE2026' }).expect(201)).body;
    const same = await Promise.all(Array.from({ length: 6 }, () => t.http().post('/api/coupons/claim').set('Authorization', tokens[0]).send({ code: 'ONCE2026' })));
    expect(same.filter((r) => r.status === 201)).toHaveLength(1);
    expect(same.filter((r) => r.status === 409).every((r) => r.body.code === 'ALREADY_CLAIMED')).toBe(true);
    expect((await ds.getRepository(CouponCampaign).findOneByOrFail({ id: c2.id })).issuedFen).toBe(500);
    await t.http().post('/api/coupons/claim').set('Authorization', tokens[0]).send({ code: 'NOPE2026' }).expect(404);
  });
});
