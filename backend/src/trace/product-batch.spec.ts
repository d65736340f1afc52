import { listedProduct, mangoProduct } from '../testing/catalog-fixtures';
import { todayInShanghai } from '../common/validators';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const PUBLIC_BASE_URL = 'https://trace.bangfu.example.cn';
const daysAgo = (days: number) => todayInShanghai(new Date(Date.now() - days * 86_400_000));

describe('trace: GET /api/products/:id/latest-batch (public)', () => {
  let t: TestApp;
  let op: string;
  let mango: string;
  let productId: string;
  let baseId: string;

  const createBatch = async (overrides: Record<string, unknown>) => {
    const res = await t.http().post('/api/supplier/batches').set('Authorization', mango).send({
      productId,
      supplyBaseId: baseId,
      batchNo: `LB-${Math.random().toString(36).slice(2, 10)}`,
      quantity: 200,
      unit: '公斤',
      certificate: { contactPhone: '0776-5212345', selfTested: true },
      ...overrides,
    });
    if (res.status !== 201) throw new Error(`batch: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; traceCode: string; batchNo: string };
  };
  const latest = (id: string) => t.http().get(`/api/products/${id}/latest-batch`);

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL });
    op = await t.login(DEMO.operator);
    mango = await t.login(DEMO.mangoSupplier);
    baseId = (
      await t.http().post('/api/supplier/bases').set('Authorization', mango).send({
        name: '祥周镇芒果基地', countyCode: '451022', township: '祥周镇', latitude: 23.597389, longitude: 107.089211,
        areaMu: 320.5, baseType: 'PLANTING', products: ['芒果'], certifications: [],
      }).expect(201)
    ).body.id;
    productId = await listedProduct(t, mango, op, mangoProduct(''));
  });
  afterAll(() => t.close());

  it('answers 404 while a shown product has no batch, and for ids that name nothing', async () => {
    const none = await latest(productId).expect(404);
    expect(none.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    await latest('00000000-0000-4000-8000-000000000000').expect(404);
    await latest('not-a-uuid').expect(404);
  });

  it('gives the newest batch by harvest date with its inspection, without signing in', async () => {
    const older = await createBatch({
      harvestDate: daysAgo(10),
      inspection: { lab: '百色市农产品质量安全检测中心', testedOn: daysAgo(9), items: [{ name: '农药残留', result: '未检出', passed: true }], passed: true },
    });
    // Recorded later but harvested earlier: not the latest.
    const newest = await createBatch({
      harvestDate: daysAgo(2),
      inspection: {
        lab: '田东县农产品检测站',
        testedOn: daysAgo(1),
        items: [
          { name: '农药残留', result: '未检出', passed: true },
          { name: '重金属（铅）', result: '0.02 mg/kg', passed: true },
        ],
        passed: true,
      },
    });
    await createBatch({ harvestDate: daysAgo(5) });

    const res = await latest(productId).expect(200);
    expect(res.body).toEqual({
      traceCode: newest.traceCode,
      traceUrl: `${PUBLIC_BASE_URL}/t/${newest.traceCode}`,
      batchNo: newest.batchNo,
      harvestDate: daysAgo(2),
      inspection: {
        lab: '田东县农产品检测站',
        testedOn: daysAgo(1),
        items: [
          { name: '农药残留', result: '未检出', passed: true },
          { name: '重金属（铅）', result: '0.02 mg/kg', passed: true },
        ],
        passed: true,
        reportUrl: null,
      },
    });
    expect(res.body.traceCode).not.toBe(older.traceCode);
  });

  it('says nothing about a product the shop does not show', async () => {
    await t.http().post(`/api/supplier/products/${productId}/unlist`).set('Authorization', mango).expect(200);
    const res = await latest(productId).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
