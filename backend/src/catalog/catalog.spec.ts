import { DataSource } from 'typeorm';
import { assistanceCert, listedProduct, mangoProduct, PDF_MINIMAL, PNG_1X1, upload } from '../testing/catalog-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { Certification } from './certification.entity';
import { ProductReviewService } from './product-review.service';

describe('catalog: certified products from draft to shop', () => {
  let t: TestApp;
  let op: string;
  let mango: string;
  let hechi: string;
  beforeAll(async () => {
    t = await startTestApp();
    op = await t.login(DEMO.operator);
    mango = await t.login(DEMO.mangoSupplier);
    hechi = await t.login(DEMO.hechiSupplier);
  });
  afterAll(() => t.close());

  const shopNames = async (query = '') => ((await t.http().get(`/api/products${query}`).expect(200)).body.items as { name: string }[]).map((p) => p.name);

  it('walks draft → submitted → approved → listed, and only then shows it in the shop', async () => {
    const image = await upload(t, mango, PNG_1X1, 'cover.png', 'image/png');
    const doc = await upload(t, mango, PDF_MINIMAL, 'cert.pdf', 'application/pdf');
    const created = await t.http().post('/api/supplier/products').set('Authorization', mango).send(mangoProduct(image, { name: '测试香芒 小台农' })).expect(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ status: 'DRAFT', visibleInShop: false, county: { code: '451022' } });

    // Without a certificate it can't even be submitted.
    const noCert = await t.http().post(`/api/supplier/products/${id}/submit`).set('Authorization', mango).expect(400);
    expect(noCert.body.code).toBe('ASSISTANCE_CERT_REQUIRED');
    // The assistance certificate must come from the origin county.
    const wrongCounty = await t.http().post(`/api/supplier/products/${id}/certifications`).set('Authorization', mango).send(assistanceCert(doc, '451024')).expect(400);
    expect(wrongCounty.body.code).toBe('ISSUING_COUNTY_MISMATCH');
    await t.http().post(`/api/supplier/products/${id}/certifications`).set('Authorization', mango).send(assistanceCert(doc)).expect(201);
    await t.http().post(`/api/supplier/products/${id}/submit`).set('Authorization', mango).expect(200);
    // Frozen while in review; listing before approval is an illegal transition.
    await t.http().patch(`/api/supplier/products/${id}`).set('Authorization', mango).send({ name: '改名' }).expect(409);
    const early = await t.http().post(`/api/supplier/products/${id}/list`).set('Authorization', mango).expect(409);
    expect(early.body.code).toBe('INVALID_TRANSITION');

    const queue = await t.http().get('/api/admin/products/review-queue').set('Authorization', op).expect(200);
    expect(queue.body.items.map((p: { id: string }) => p.id)).toContain(id);
    await t.http().post(`/api/admin/products/${id}/approve`).set('Authorization', op).expect(200);
    expect(await shopNames()).not.toContain('测试香芒 小台农');
    const listed = await t.http().post(`/api/supplier/products/${id}/list`).set('Authorization', mango).expect(200);
    expect(listed.body).toMatchObject({ status: 'LISTED', visibleInShop: true, notVisibleReason: null });

    const page = await t.http().get('/api/products?q=测试香芒').expect(200);
    expect(page.body.items).toEqual([
      expect.objectContaining({ id, name: '测试香芒 小台农', minPriceFen: 5990, county: { code: '451022', name: '广西壮族自治区百色市田东县' }, certifications: ['ASSISTANCE'], supplier: { id: expect.any(String), name: '田东县祥周镇芒果种植专业合作社' } }),
    ]);
    expect(page.body.facets.certification).toEqual([{ value: 'ASSISTANCE', label: '消费帮扶产品认定', count: 1 }]);
    const detail = await t.http().get(`/api/products/${id}`).expect(200);
    expect(detail.body.skus.map((s: { priceFen: number }) => s.priceFen)).toEqual([5990, 10990]);
    expect(detail.body.helpers).toEqual([{ id: expect.any(String), name: '深圳市坪山区', role: 'LEAD' }]);
    expect(detail.body.certificationDetails[0]).toMatchObject({ type: 'ASSISTANCE', linkedHouseholds: 126, valid: true });
    expect(detail.body.saleMonths).toEqual([6, 7, 8, 9]);
    const history = (await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango)).body.history.map((h: { type: string }) => h.type);
    expect(history).toEqual(['CREATED', 'SUBMITTED', 'APPROVED', 'LISTED']);
    const approvedBy = (await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango)).body.history[2];
    expect(approvedBy).toMatchObject({ type: 'APPROVED', actorName: '王立群' });
  });

  it('rejects with a reason the supplier sees, and accepts the corrected resubmission', async () => {
    const image = await upload(t, mango, PNG_1X1, 'c.png', 'image/png');
    const doc = await upload(t, mango, PDF_MINIMAL, 'c.pdf', 'application/pdf');
    const id = (await t.http().post('/api/supplier/products').set('Authorization', mango).send(mangoProduct(image, { name: '芒果干' })).expect(201)).body.id;
    await t.http().post(`/api/supplier/products/${id}/certifications`).set('Authorization', mango).send(assistanceCert(doc)).expect(201);
    await t.http().post(`/api/supplier/products/${id}/submit`).set('Authorization', mango).expect(200);
    await t.http().post(`/api/admin/products/${id}/reject`).set('Authorization', op).send({ reason: '类目应为加工食品' }).expect(200);
    const mine = await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango).expect(200);
    expect(mine.body).toMatchObject({ status: 'REJECTED', rejectReason: '类目应为加工食品' });
    await t.http().patch(`/api/supplier/products/${id}`).set('Authorization', mango).send({ category: 'PROCESSED' }).expect(200);
    await t.http().post(`/api/supplier/products/${id}/certifications`).set('Authorization', mango).send(assistanceCert(doc)).expect(201);
    await t.http().post(`/api/supplier/products/${id}/submit`).set('Authorization', mango).expect(200);
    const approved = await t.http().post(`/api/admin/products/${id}/approve`).set('Authorization', op).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', category: 'PROCESSED', rejectReason: null });
  });

  it('sends price, origin and certificate changes of a listed product back to review; stock changes apply at once', async () => {
    const id = await listedProduct(t, mango, op, mangoProduct('', { name: '桂七芒果' }));
    const product = (await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango)).body;
    const small = product.skus.find((s: { priceFen: number }) => s.priceFen === 5990);

    await t.http().patch(`/api/supplier/skus/${small.id}`).set('Authorization', mango).send({ priceFen: 6990, stock: 80 }).expect(200);
    const shop = await t.http().get(`/api/products/${id}`).expect(200);
    expect(shop.body.skus.find((s: { id: string }) => s.id === small.id)).toMatchObject({ priceFen: 5990, stock: 80 });

    const queued = await t.http().get(`/api/admin/products/${id}`).set('Authorization', op).expect(200);
    expect(queued.body.hasPendingChanges).toBe(true);
    expect(queued.body.changes).toEqual([{ field: 'skus.5斤装 中果.priceFen', from: '5990', to: '6990' }]);
    expect((await t.http().get('/api/admin/products/review-queue').set('Authorization', op)).body.items.map((p: { id: string }) => p.id)).toContain(id);

    await t.http().post(`/api/admin/products/${id}/approve`).set('Authorization', op).expect(200);
    const after = await t.http().get(`/api/products/${id}`).expect(200);
    expect(after.body.skus.find((s: { id: string }) => s.id === small.id)).toMatchObject({ priceFen: 6990, stock: 80 });

    // Origin outside the supplier's county (and no base there) is refused outright.
    const far = await t.http().patch(`/api/supplier/products/${id}`).set('Authorization', mango).send({ originCountyCode: '451227' }).expect(400);
    expect(far.body.code).toBe('ORIGIN_NOT_ALLOWED');

    // A new certificate is pending until reviewed; the shop shows only the approved ones.
    const doc = await upload(t, mango, PDF_MINIMAL, 'gi.pdf', 'application/pdf');
    await t.http().post(`/api/supplier/products/${id}/certifications`).set('Authorization', mango)
      .send({ type: 'GI', number: 'AGI02015', issuer: '农业农村部', validFrom: '2020-01-01', validTo: '2099-12-31', documentFileId: doc }).expect(201);
    expect((await t.http().get(`/api/products/${id}`)).body.certifications).toEqual(['ASSISTANCE']);
    const diff = (await t.http().get(`/api/admin/products/${id}`).set('Authorization', op)).body.changes;
    expect(diff).toEqual([{ field: 'certifications', from: '', to: expect.stringContaining('地理标志 AGI02015') }]);
    await t.http().post(`/api/admin/products/${id}/approve`).set('Authorization', op).expect(200);
    expect((await t.http().get(`/api/products/${id}`)).body.certifications.sort()).toEqual(['ASSISTANCE', 'GI']);
  });

  it('takes a product out of the shop the moment its assistance certificate lapses, and says why', async () => {
    const id = await listedProduct(t, mango, op, mangoProduct('', { name: '过期芒果' }));
    expect(await shopNames()).toContain('过期芒果');
    // The certificate lapses (as time passing would do): the shop hides it at once, before any sweep.
    await t.app.get(DataSource).getRepository(Certification).update({ productId: id }, { validTo: '2020-12-31' });
    expect(await shopNames()).not.toContain('过期芒果');
    await t.http().get(`/api/products/${id}`).expect(404);
    const before = (await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango)).body;
    expect(before).toMatchObject({ status: 'LISTED', visibleInShop: false, notVisibleReason: '没有在有效期内的消费帮扶产品认定' });
    // The sweep records the take-down for the supplier and operators.
    expect(await t.app.get(ProductReviewService).sweepExpired()).toBeGreaterThanOrEqual(1);
    const after = (await t.http().get(`/api/admin/products/${id}`).set('Authorization', op)).body;
    expect(after.status).toBe('UNLISTED');
    expect(after.notVisibleReason).toMatch(/消费帮扶产品认定已过期/);
    expect(after.history.at(-1)).toMatchObject({ type: 'EXPIRED', actorId: null });
    const relist = await t.http().post(`/api/supplier/products/${id}/list`).set('Authorization', mango).expect(400);
    expect(relist.body.code).toBe('ASSISTANCE_CERT_REQUIRED');
  });

  it('keeps one supplier out of another\'s products and SKUs', async () => {
    const id = await listedProduct(t, mango, op, mangoProduct('', { name: '隔离测试芒果' }));
    const sku = (await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango)).body.skus[0].id;
    await t.http().get(`/api/supplier/products/${id}`).set('Authorization', hechi).expect(404);
    await t.http().patch(`/api/supplier/products/${id}`).set('Authorization', hechi).send({ name: '偷改' }).expect(404);
    await t.http().patch(`/api/supplier/skus/${sku}`).set('Authorization', hechi).send({ stock: 0 }).expect(404);
    await t.http().post(`/api/supplier/products/${id}/unlist`).set('Authorization', hechi).expect(404);
    const theirs = (await t.http().get('/api/supplier/products').set('Authorization', hechi)).body.items.map((p: { id: string }) => p.id);
    expect(theirs).not.toContain(id);
    // Operators' review routes and other roles.
    await t.http().post(`/api/admin/products/${id}/approve`).set('Authorization', mango).expect(403);
    await t.http().get('/api/supplier/products').set('Authorization', await t.login(DEMO.citizen)).expect(403);
    expect((await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango)).body.skus[0].stock).toBeGreaterThan(0);
  });

  it('shows the demo co-ops of Baise, Hechi, Zhaotong and Qiannan in the shop', async () => {
    const page = await t.http().get('/api/products?pageSize=100').expect(200);
    const names = page.body.items.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['百色芒果 台农一号', '田阳沙糖桔', '巴马火麻油', '昭通苹果 高原红富士', '都匀毛尖 明前特级']));
    const prefectures = new Set(page.body.items.map((p: { county: { code: string } }) => p.county.code.slice(0, 4)));
    expect([...prefectures]).toEqual(expect.arrayContaining(['4510', '4512', '5306', '5227']));
    const baise = await t.http().get('/api/products?countyCode=451000&pageSize=100').expect(200);
    expect(baise.body.items.every((p: { county: { code: string } }) => p.county.code.startsWith('4510'))).toBe(true);
    const mangoId = page.body.items.find((p: { name: string }) => p.name === '百色芒果 台农一号').id;
    const mango = (await t.http().get(`/api/products/${mangoId}`).expect(200)).body;
    expect(mango.supplyBase).toMatchObject({ name: '祥周镇芒果供深基地', countyName: '广西壮族自治区百色市田东县', township: '祥周镇', verified: true, certifications: [{ type: 'GONGSHEN' }] });
    expect(mango.certifications.sort()).toEqual(['ASSISTANCE', 'GI', 'ZHENPIN']);
    const zhenpin = await t.http().get('/api/zones/zhenpin').expect(200);
    expect(zhenpin.body.products.map((p: { name: string }) => p.name).sort()).toEqual(['巴马火麻油', '百色芒果 台农一号']);
  });

  it('takes a suspended supplier\'s products out of the shop at once', async () => {
    const id = await listedProduct(t, hechi, op, mangoProduct('', { name: '巴马山茶油', originCountyCode: '451227', category: 'GRAIN_OIL' }), '451227');
    const supplierId = (await t.http().get('/api/auth/me').set('Authorization', hechi)).body.supplierId;
    expect(await shopNames('?pageSize=100')).toContain('巴马山茶油');
    await t.http().post(`/api/admin/suppliers/${supplierId}/suspend`).set('Authorization', op).send({ reason: '抽检发现产地不符，暂停销售' }).expect(200);
    expect(await shopNames('?pageSize=100')).not.toContain('巴马山茶油');
    await t.http().get(`/api/products/${id}`).expect(404);
    expect((await t.http().get(`/api/supplier/products/${id}`).set('Authorization', hechi)).body.notVisibleReason).toBe('供应商已被暂停或未通过准入');
    await t.http().post(`/api/admin/suppliers/${supplierId}/reinstate`).set('Authorization', op).send({ reason: '整改完成' }).expect(200);
    expect(await shopNames('?pageSize=100')).toContain('巴马山茶油');
  });

  it('lets operators take a product down with a reason', async () => {
    const id = await listedProduct(t, mango, op, mangoProduct('', { name: '抽检芒果' }));
    await t.http().post(`/api/admin/products/${id}/unlist`).set('Authorization', op).send({ reason: '抽检不合格，暂停销售' }).expect(200);
    expect(await shopNames()).not.toContain('抽检芒果');
    const mine = (await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango)).body;
    expect(mine.notVisibleReason).toBe('抽检不合格，暂停销售');
  });

  it('builds zones by rule and by hand, and one hall per paired county', async () => {
    const id = await listedProduct(t, mango, op, mangoProduct('', { name: '专区芒果' }));
    const rule = await t.http().post('/api/admin/zones').set('Authorization', op)
      .send({ slug: 'test-baise-mango', name: '测试芒果季', description: '六月至九月', kind: 'RULE', rule: { countyCodes: ['451000'], keywords: ['芒果'] } });
    expect(rule.status).toBe(201);
    // A prefecture code (百色市 451000) covers its counties.
    expect((await t.http().get('/api/zones/test-baise-mango')).body.products.map((p: { id: string }) => p.id)).toContain(id);
    const byCounty = await t.http().post('/api/admin/zones').set('Authorization', op)
      .send({ slug: 'tiandong-mango', name: '田东芒果', description: '', kind: 'RULE', rule: { countyCodes: ['451022'], keywords: ['芒果'] } }).expect(201);
    const zone = await t.http().get('/api/zones/tiandong-mango').expect(200);
    expect(zone.body.products.map((p: { id: string }) => p.id)).toContain(id);
    const manual = await t.http().post('/api/admin/zones').set('Authorization', op)
      .send({ slug: 'editor-picks', name: '编辑精选', description: '', kind: 'MANUAL', productIds: [id, '00000000-0000-4000-8000-000000000000'] }).expect(201);
    expect((await t.http().get('/api/zones/editor-picks')).body.products.map((p: { id: string }) => p.id)).toEqual([id]);
    await t.http().post('/api/admin/zones').set('Authorization', op).send({ slug: 'editor-picks', name: '重复', description: '', kind: 'MANUAL' }).expect(409);
    await t.http().patch(`/api/admin/zones/${manual.body.id}`).set('Authorization', op).send({ active: false }).expect(200);
    await t.http().get('/api/zones/editor-picks').expect(404);
    expect(byCounty.body.kind).toBe('RULE');

    // The demo data already made one hall per county paired today; making them again adds none.
    const halls = await t.http().post('/api/admin/zones/county-halls').set('Authorization', op).expect(200);
    expect(halls.body.created).toBe(0);
    expect(halls.body.items.length).toBeGreaterThanOrEqual(22);
    expect(halls.body.items.map((z: { name: string }) => z.name)).toContain('田东县馆');
    expect((await t.http().get('/api/zones/county-451022')).body.products.map((p: { id: string }) => p.id)).toContain(id);
    await t.http().post('/api/admin/zones').set('Authorization', mango).send({ slug: 'x-y', name: '越权', description: '', kind: 'MANUAL' }).expect(403);
  });
});
