import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { SupplyBasesService } from './supply-bases.service';

const base = (over: Record<string, unknown> = {}) => ({
  name: '祥周镇芒果供深基地',
  countyCode: '451022',
  township: '祥周镇',
  latitude: 23.597389,
  longitude: 107.089211,
  areaMu: 1250.5,
  baseType: 'PLANTING',
  products: ['百色芒果', '台农芒'],
  certifications: [{ type: 'GONGSHEN', number: 'GSJD-2023-0451', validFrom: '2023-06-01', validTo: '2099-05-31' }],
  soilTestedOn: '2025-03-12',
  waterTestedOn: '2025-03-12',
  ...over,
});

describe('supply bases', () => {
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

  it('registers a base as pending, with exact area and coordinates', async () => {
    const res = await t.http().post('/api/supplier/bases').set('Authorization', mango).send(base()).expect(201);
    expect(res.body).toMatchObject({
      status: 'PENDING',
      countyCode: '451022',
      countyName: expect.stringContaining('田东县'),
      latitude: 23.597389,
      longitude: 107.089211,
      areaMu: 1250.5,
      baseType: 'PLANTING',
      products: ['百色芒果', '台农芒'],
      certifications: [{ type: 'GONGSHEN', number: 'GSJD-2023-0451', validFrom: '2023-06-01', validTo: '2099-05-31', fileId: null, current: true }],
      statusReason: null,
    });
    const mine = await t.http().get('/api/supplier/bases').set('Authorization', mango).expect(200);
    expect(mine.body.items.map((b: { id: string }) => b.id)).toContain(res.body.id);
  });

  it('refuses bad input: out-of-range coordinates, too many decimals, a county nobody helps, periods backwards, future test dates', async () => {
    const post = (over: Record<string, unknown>) => t.http().post('/api/supplier/bases').set('Authorization', mango).send(base(over));
    const coords = await post({ latitude: 107.08, longitude: 23.59 }).expect(400);
    expect(coords.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['latitude', 'longitude']);
    expect((await post({ areaMu: 1.234 }).expect(400)).body.details[0].field).toBe('areaMu');
    expect((await post({ areaMu: 0 }).expect(400)).body.details[0].field).toBe('areaMu');
    expect((await post({ baseType: 'FISHING' }).expect(400)).body.details[0].field).toBe('baseType');
    expect((await post({ certifications: [{ type: 'ZHENPIN', number: '1', validFrom: '2023-01-01', validTo: '2024-01-01' }] }).expect(400)).body.details[0].field).toBe('certifications.0.type');
    expect((await post({ countyCode: '451002' }).expect(400)).body.code).toBe('NOT_ASSISTED_COUNTY');
    expect((await post({ certifications: [{ type: 'GREEN', number: 'LB-1', validFrom: '2024-01-01', validTo: '2023-01-01' }] }).expect(400)).body.code).toBe('INVALID_PERIOD');
    expect((await post({ soilTestedOn: '2999-01-01' }).expect(400)).body.code).toBe('FUTURE_DATE');
    expect((await post({ certifications: [{ type: 'GREEN', number: 'LB-1', validFrom: '2024-01-01', validTo: '2030-01-01', fileId: '00000000-0000-4000-8000-000000000000' }] }).expect(400)).body.code).toBe('UNKNOWN_FILE');
  });

  it('never lets a supplier read or change another supplier\'s base', async () => {
    const own = (await t.http().post('/api/supplier/bases').set('Authorization', hechi).send(base({ name: '巴马香猪养殖基地', countyCode: '451227', township: '甲篆镇', latitude: 24.14, longitude: 107.25, baseType: 'BREEDING', products: ['巴马香猪'] })).expect(201)).body;
    const res = await t.http().get(`/api/supplier/bases/${own.id}`).set('Authorization', mango).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await t.http().patch(`/api/supplier/bases/${own.id}`).set('Authorization', mango).send({ name: '改名' }).expect(404);
    const list = await t.http().get('/api/supplier/bases').set('Authorization', mango).expect(200);
    expect(list.body.items.map((b: { id: string }) => b.id)).not.toContain(own.id);
    // Non-supplier accounts are refused outright.
    await t.http().get('/api/supplier/bases').set('Authorization', await t.login(DEMO.citizen)).expect(403);
    await t.http().get('/api/supplier/bases').set('Authorization', op).expect(403);
    await t.http().get('/api/supplier/bases').expect(401);
    // The service other modules call answers the same way.
    const svc = t.app.get(SupplyBasesService);
    await expect(svc.requireOwnBase(own.supplierId, own.id)).resolves.toMatchObject({ id: own.id });
    const mangoId = (await t.http().get('/api/auth/me').set('Authorization', mango)).body.supplierId;
    await expect(svc.requireOwnBase(mangoId, own.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await t.http().get(`/api/supplier/bases/${own.id}`).set('Authorization', hechi).expect(200);
  });

  it('is verified or rejected by operators only, and goes back to review when its location or certifications change', async () => {
    const b = (await t.http().post('/api/supplier/bases').set('Authorization', mango).send(base({ name: '林逢镇芒果基地', township: '林逢镇' })).expect(201)).body;
    for (const who of [mango, hechi, await t.login(DEMO.canteenBuyer)]) {
      await t.http().post(`/api/admin/bases/${b.id}/verify`).set('Authorization', who).expect(403);
      await t.http().get('/api/admin/bases').set('Authorization', who).expect(403);
    }
    const pending = await t.http().get('/api/admin/bases?status=PENDING').set('Authorization', op).expect(200);
    expect(pending.body.items.map((x: { id: string }) => x.id)).toContain(b.id);

    const verified = (await t.http().post(`/api/admin/bases/${b.id}/verify`).set('Authorization', op).expect(200)).body;
    expect(verified).toMatchObject({ status: 'VERIFIED', reviewedAt: expect.any(String) });
    expect((await t.http().post(`/api/admin/bases/${b.id}/verify`).set('Authorization', op).expect(409)).body.code).toBe('INVALID_TRANSITION');
    await t.http().post(`/api/admin/bases/${b.id}/reject`).set('Authorization', op).send({ reason: '已核验后不能驳回' }).expect(409);

    // Area, products and test dates: still verified.
    const edited = (await t.http().patch(`/api/supplier/bases/${b.id}`).set('Authorization', mango).send({ areaMu: 1300, products: ['百色芒果'], soilTestedOn: '2025-04-01' }).expect(200)).body;
    expect(edited).toMatchObject({ status: 'VERIFIED', areaMu: 1300, products: ['百色芒果'] });
    // Same location sent again: no change, still verified.
    await t.http().patch(`/api/supplier/bases/${b.id}`).set('Authorization', mango).send({ latitude: 23.597389 }).expect(200).expect((r) => expect(r.body.status).toBe('VERIFIED'));
    // A move: back to review.
    const moved = (await t.http().patch(`/api/supplier/bases/${b.id}`).set('Authorization', mango).send({ latitude: 23.61 }).expect(200)).body;
    expect(moved).toMatchObject({ status: 'PENDING', reviewedAt: null, latitude: 23.61 });

    await t.http().post(`/api/admin/bases/${b.id}/verify`).set('Authorization', op).expect(200);
    // New certifications: back to review.
    const recert = (await t.http().patch(`/api/supplier/bases/${b.id}`).set('Authorization', mango)
      .send({ certifications: [...base().certifications, { type: 'GI', number: 'AGI01234', validFrom: '2020-01-01', validTo: '2099-12-31' }] }).expect(200)).body;
    expect(recert.status).toBe('PENDING');

    expect((await t.http().post(`/api/admin/bases/${b.id}/reject`).set('Authorization', op).send({}).expect(400)).body.details[0].field).toBe('reason');
    const rejected = (await t.http().post(`/api/admin/bases/${b.id}/reject`).set('Authorization', op).send({ reason: '地理标志证书号无法核实' }).expect(200)).body;
    expect(rejected).toMatchObject({ status: 'REJECTED', statusReason: '地理标志证书号无法核实' });
    const seen = (await t.http().get(`/api/supplier/bases/${b.id}`).set('Authorization', mango).expect(200)).body;
    expect(seen.statusReason).toBe('地理标志证书号无法核实');
    // Any correction of a rejected base resubmits it.
    const fixed = (await t.http().patch(`/api/supplier/bases/${b.id}`).set('Authorization', mango).send({ name: '林逢镇芒果供深基地' }).expect(200)).body;
    expect(fixed).toMatchObject({ status: 'PENDING', statusReason: null });
    await t.http().post(`/api/admin/bases/00000000-0000-4000-8000-000000000000/verify`).set('Authorization', op).expect(404);
    const admin = await t.http().get(`/api/admin/bases/${b.id}`).set('Authorization', op).expect(200);
    expect(admin.body.name).toBe('林逢镇芒果供深基地');
  });
});
