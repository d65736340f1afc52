import { DataSource } from 'typeorm';
import { Certification } from '../catalog/certification.entity';
import { todayInShanghai } from '../common/validators';
import { OrderSalesService } from '../orders/order-sales.service';
import { listedProduct, mangoProduct } from '../testing/catalog-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { monthInShanghai } from './search.service';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { SearchIndexer } from './search-indexer';

type Item = { id: string; name: string; minPriceFen: number; saleMonths: number[]; county: { code: string }; certifications: string[] };

describe('search: GET /api/products on the in-process engine, fed by catalog events', () => {
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

  const list = async (query: Record<string, string | number | boolean> = {}) => (await t.http().get('/api/products').query({ pageSize: 100, ...query }).expect(200)).body as { items: Item[]; total: number; facets: Record<string, { value: string; label: string; count: number }[]> };
  const names = async (query: Record<string, string | number | boolean> = {}) => (await list(query)).items.map((i) => i.name);
  const helperId = async (name: string) => ((await t.http().get('/api/regions/helper-units').expect(200)).body.items as { id: string; name: string }[]).find((h) => h.name === name)!.id;

  it('reports the embedded engine and keeps the contract shape', async () => {
    expect((await t.http().get('/api/health').expect(200)).body.search).toBe('embedded');
    const page = await t.http().get('/api/products?q=芒果&page=1&pageSize=2').expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.body.items).toHaveLength(2);
    expect(Object.keys(page.body.items[0]).sort()).toEqual(['category', 'certifications', 'county', 'coverUrl', 'id', 'minPriceFen', 'name', 'saleMonths', 'supplier']);
    expect(Object.keys(page.body.facets).sort()).toEqual(['category', 'certification', 'city', 'county', 'province']);
    expect(page.body.facets.city).toEqual([{ value: '451000', label: '百色市', count: 3 }]);
    expect(page.body.facets.province).toEqual([{ value: '450000', label: '广西壮族自治区', count: 3 }]);
    expect(page.body.facets.county).toEqual([{ value: '451022', label: '广西壮族自治区百色市田东县', count: 3 }]);
    const second = await t.http().get('/api/products?q=芒果&page=2&pageSize=2').expect(200);
    expect(second.body.items).toHaveLength(1);
  });

  it('filters by region at every level, category, certification, price and season', async () => {
    expect((await names({ countyCode: '451022' })).sort()).toEqual(['田东芒果干', '百色芒果 台农一号', '百色芒果 桂七香芒'].sort());
    expect(await names({ countyCode: '451000' })).toEqual(expect.arrayContaining(['田阳沙糖桔', '田东芒果干']));
    expect((await names({ countyCode: '450000' })).length).toBe(6);
    // 田阳县 451021 became 田阳区 451003 in 2019: the old code still finds its products.
    expect(await names({ countyCode: '451021' })).toEqual(['田阳沙糖桔']);
    expect((await names({ category: 'TEA' }))).toEqual(['都匀毛尖 明前特级']);
    expect((await names({ certification: 'ZHENPIN' })).sort()).toEqual(['巴马火麻油', '百色芒果 台农一号'].sort());
    const cheap = await list({ maxPriceFen: 5000 });
    expect(cheap.items.every((i) => i.minPriceFen <= 5000)).toBe(true);
    expect(cheap.items.map((i) => i.name).sort()).toEqual(['田东芒果干', '田阳沙糖桔'].sort());
    expect((await list({ minPriceFen: 20000 })).items.map((i) => i.name)).toEqual(['都匀毛尖 明前特级']);
    const month = monthInShanghai();
    const inSeason = await list({ inSeason: true });
    const all = await list();
    expect(inSeason.items.map((i) => i.id).sort()).toEqual(all.items.filter((i) => i.saleMonths.includes(month)).map((i) => i.id).sort());
    expect(inSeason.total).toBeLessThan(all.total);
    await t.http().get('/api/products?inSeason=maybe').expect(400);
    await t.http().get('/api/products?sort=cheapest').expect(400);
    await t.http().get('/api/products?helperUnitId=abc').expect(400);
  });

  it('finds the products of the counties an eastern helper unit pairs with today', async () => {
    // 坪山区 leads 田东县; 广州市 pairs with the whole of 黔南州 (a prefecture); 福田区 helps 马山/上林/隆安 (no demo products).
    expect((await names({ helperUnitId: await helperId('深圳市坪山区') })).sort()).toEqual(['田东芒果干', '百色芒果 台农一号', '百色芒果 桂七香芒'].sort());
    expect(await names({ helperUnitId: await helperId('广州市') })).toEqual(['都匀毛尖 明前特级']);
    expect(await names({ helperUnitId: await helperId('深圳市福田区') })).toEqual([]);
    expect(await names({ helperUnitId: await helperId('深圳市坪山区'), q: '芒果干' })).toEqual(['田东芒果干']);
  });

  it('sorts by price, newest and sales', async () => {
    const asc = (await list({ sort: 'price_asc' })).items.map((i) => i.minPriceFen);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await list({ sort: 'price_desc', q: '芒果' })).items.map((i) => i.minPriceFen);
    expect(desc).toEqual([6990, 5990, 1990]);
    // Newest first is the default without a query; sales ranks by units sold (the demo's sales history), ties newest first.
    const newest = (await list()).items.map((i) => i.id);
    expect((await list({ sort: 'newest' })).items.map((i) => i.id)).toEqual(newest);
    const sold = await t.app.get(OrderSalesService).salesCounts();
    expect(new Set(sold.values()).size).toBeGreaterThan(1);
    expect((await list({ sort: 'sales' })).items.map((i) => i.id)).toEqual([...newest].sort((a, b) => (sold.get(b) ?? 0) - (sold.get(a) ?? 0)));
  });

  it('indexes a product when it is listed and drops it when it leaves the shop, by events', async () => {
    const id = await listedProduct(t, mango, op, mangoProduct('', { name: '右江晚熟芒' }));
    expect(await names({ q: '晚熟芒' })).toEqual(['右江晚熟芒']);
    expect(await names({ q: 'wanshu' })).toEqual(['右江晚熟芒']);
    // A reviewed price change reaches the index when it is approved, not before.
    const product = (await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango)).body;
    const small = product.skus.find((s: { priceFen: number }) => s.priceFen === 5990);
    await t.http().patch(`/api/supplier/skus/${small.id}`).set('Authorization', mango).send({ priceFen: 4990 }).expect(200);
    expect((await list({ q: '晚熟芒' })).items[0].minPriceFen).toBe(5990);
    await t.http().post(`/api/admin/products/${id}/approve`).set('Authorization', op).expect(200);
    expect((await list({ q: '晚熟芒' })).items[0].minPriceFen).toBe(4990);
    // Taking a SKU off sale needs no review and changes the lowest price at once.
    await t.http().patch(`/api/supplier/skus/${small.id}`).set('Authorization', mango).send({ enabled: false }).expect(200);
    expect((await list({ q: '晚熟芒' })).items[0].minPriceFen).toBe(10990);
    // Unlisting takes it out of the index (not only out of the answer).
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const before = await engine.count();
    await t.http().post(`/api/supplier/products/${id}/unlist`).set('Authorization', mango).expect(200);
    expect(await engine.count()).toBe(before - 1);
    expect(await names({ q: '晚熟芒' })).toEqual([]);
    expect((await list({ q: '晚熟芒', maxPriceFen: 999999 })).total).toBe(0);
  });

  it('follows a supplier\'s suspension and reinstatement', async () => {
    const supplierId = (await t.http().get('/api/auth/me').set('Authorization', hechi)).body.supplierId;
    expect(await names({ q: '巴马' })).toHaveLength(2);
    await t.http().post(`/api/admin/suppliers/${supplierId}/suspend`).set('Authorization', op).send({ reason: '抽检' }).expect(200);
    expect(await t.app.get<SearchEngine>(SEARCH_ENGINE).count()).toBe((await list()).total);
    const suspended = await list({ q: '巴马' });
    expect(suspended).toMatchObject({ items: [], total: 0 });
    await t.http().post(`/api/admin/suppliers/${supplierId}/reinstate`).set('Authorization', op).send({ reason: '整改完成' }).expect(200);
    expect((await names({ q: '巴马' })).sort()).toEqual(['巴马火麻油', '巴马香猪腊肉'].sort());
  });

  it('suggests products, counties and categories as the user types', async () => {
    const res = await t.http().get('/api/search/suggest').query({ q: '芒' }).expect(200);
    expect(res.body.items.map((s: { text: string }) => s.text)).toEqual(expect.arrayContaining(['百色芒果 台农一号', '田东芒果干']));
    const county = await t.http().get('/api/search/suggest').query({ q: '田东' }).expect(200);
    expect(county.body.items[0]).toEqual({ text: '田东县', kind: 'county', countyCode: '451022' });
    const pinyin = await t.http().get('/api/search/suggest').query({ q: 'stj' }).expect(200);
    expect(pinyin.body.items).toEqual([expect.objectContaining({ text: '田阳沙糖桔', kind: 'product' })]);
    await t.http().get('/api/search/suggest').expect(400);
  });

  it('lets operators edit synonyms, applied at once, and re-index', async () => {
    const current = await t.http().get('/api/admin/search/synonyms').set('Authorization', op).expect(200);
    expect(current.body.groups.map((g: { terms: string[] }) => g.terms)).toContainEqual(['沙糖桔', '砂糖橘', '砂糖桔', '沙糖橘']);
    await t.http().get('/api/admin/search/synonyms').set('Authorization', mango).expect(403);
    await t.http().get('/api/admin/search/synonyms').expect(401);
    const bad = await t.http().put('/api/admin/search/synonyms').set('Authorization', op).send({ groups: [{ terms: ['桔', '桔'] }] }).expect(400);
    expect(bad.body.code).toBe('SYNONYM_GROUP_TOO_SMALL');

    expect(await names({ q: '奇果' })).toEqual([]);
    await t.http().put('/api/admin/search/synonyms').set('Authorization', op).send({ groups: [{ terms: ['奇果', '火麻油'] }] }).expect(200);
    expect(await names({ q: '奇果' })).toEqual(['巴马火麻油']);
    // The old groups are gone: 砂糖橘 no longer finds 沙糖桔.
    expect(await names({ q: '砂糖橘' })).toEqual([]);
    await t.http().put('/api/admin/search/synonyms').set('Authorization', op).send({ groups: current.body.groups.map((g: { terms: string[] }) => ({ terms: g.terms })) }).expect(200);
    expect(await names({ q: '砂糖橘' })).toEqual(['田阳沙糖桔']);

    const reindex = await t.http().post('/api/admin/search/reindex').set('Authorization', op).expect(200);
    expect(reindex.body).toMatchObject({ engine: 'embedded', indexed: (await list()).total });
    await t.http().post('/api/admin/search/reindex').set('Authorization', mango).expect(403);
  });

  it('re-indexes products whose certificates began or lapsed when the day changes', async () => {
    const indexer = t.app.get(SearchIndexer);
    const oil = (await list({ q: '火麻油' })).items[0];
    expect(oil.certifications).toContain('ZHENPIN');
    // The 圳品 certificate ends today: tomorrow the product is still in the shop, without it.
    const today = todayInShanghai();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await t.app.get(DataSource).getRepository(Certification).update({ productId: oil.id, type: 'ZHENPIN' as never }, { validTo: today });
    expect(await indexer.refreshDates(today)).toBe(0);
    expect(await indexer.refreshDates(tomorrow)).toBeGreaterThanOrEqual(1);
    expect((await list({ certification: 'ZHENPIN' })).items.map((i) => i.name)).toEqual(['百色芒果 台农一号']);
    expect((await list({ q: '火麻油' })).items[0].certifications).not.toContain('ZHENPIN');
  });
});
