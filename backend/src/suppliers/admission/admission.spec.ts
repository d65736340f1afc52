import { creditCodeCheckChar } from '../../common/credit-code';
import { DEMO, startTestApp, TestApp } from '../../testing/test-app';
import { SuppliersService } from '../suppliers.service';

const withCheckChar = (first17: string) => first17 + creditCodeCheckChar(first17);
const withWrongCheckChar = (first17: string) => first17 + (creditCodeCheckChar(first17) === '0' ? '1' : '0');

const application = (over: Record<string, unknown> = {}) => ({
  name: '隆林各族自治县山茶油专业合作社',
  creditCode: withCheckChar('93451031MA5K8QW21'),
  countyCode: '451031',
  kind: 'COOPERATIVE',
  licences: [
    { type: '营业执照', number: withCheckChar('93451031MA5K8QW21') },
    { type: '食品生产许可证', number: 'SC12345103100017', expiresOn: '2030-06-30' },
  ],
  contact: { name: '罗大山', phone: '13912340001', address: '广西百色市隆林各族自治县新州镇' },
  linkedHouseholds: 86,
  linkageDescription: '以保底价收购社员山茶籽，年终按交易量二次分红',
  account: { phone: '13912340001', password: 'Camellia2026', name: '罗大山' },
  ...over,
});

describe('supplier admission', () => {
  let t: TestApp;
  let op: string;
  beforeAll(async () => {
    t = await startTestApp();
    op = await t.login(DEMO.operator);
  });
  afterAll(() => t.close());

  it('creates a pending supplier and its first staff account in one step, signed in', async () => {
    const res = await t.http().post('/api/supplier-applications').send(application()).expect(201);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toMatchObject({ name: '罗大山', roles: ['SUPPLIER_STAFF'] });
    expect(res.body.supplier).toMatchObject({
      name: '隆林各族自治县山茶油专业合作社',
      status: 'PENDING',
      kind: 'COOPERATIVE',
      countyCode: '451031',
      linkedHouseholds: 86,
      contact: { name: '罗大山', phone: '13912340001', address: '广西百色市隆林各族自治县新州镇' },
      licences: [
        { type: '营业执照', number: withCheckChar('93451031MA5K8QW21'), expiresOn: null, fileId: null },
        { type: '食品生产许可证', number: 'SC12345103100017', expiresOn: '2030-06-30', fileId: null },
      ],
      decisions: [{ action: 'SUBMIT', fromStatus: null, toStatus: 'PENDING', actorId: res.body.user.id, actorName: '罗大山' }],
    });
    const bearer = `Bearer ${res.body.accessToken}`;
    const me = await t.http().get('/api/auth/me').set('Authorization', bearer).expect(200);
    expect(me.body.supplierId).toBe(res.body.supplier.id);
    const profile = await t.http().get('/api/supplier/profile').set('Authorization', bearer).expect(200);
    expect(profile.body.status).toBe('PENDING');
    // The new account can also log in with its password.
    await t.login('13912340001', 'Camellia2026');
    // A pending supplier does not sell.
    const suppliers = t.app.get(SuppliersService);
    expect(await suppliers.isActive(res.body.supplier.id)).toBe(false);
    expect(await suppliers.activeSupplierIds()).not.toContain(res.body.supplier.id);
  });

  it('refuses a wrong check character, a county nobody helps, and a missing business licence, creating nothing', async () => {
    const bad = await t.http().post('/api/supplier-applications')
      .send(application({ creditCode: withWrongCheckChar('93451022MA5Q1AB01'), account: { phone: '13912340002', password: 'Mango2026x', name: '甲' } })).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'creditCode' })]);

    // 右江区 (451002), Baise's city district, has no pairing.
    const county = await t.http().post('/api/supplier-applications')
      .send(application({ creditCode: withCheckChar('93451002MA5Q1AB01'), countyCode: '451002', account: { phone: '13912340002', password: 'Mango2026x', name: '甲' } })).expect(400);
    expect(county.body.code).toBe('NOT_ASSISTED_COUNTY');

    const noLicence = await t.http().post('/api/supplier-applications')
      .send(application({ creditCode: withCheckChar('93451022MA5Q1AB01'), countyCode: '451022', licences: [{ type: '食品经营许可证', number: 'JY1451022' }], account: { phone: '13912340002', password: 'Mango2026x', name: '甲' } })).expect(400);
    expect(noLicence.body.code).toBe('LICENCE_REQUIRED');

    const nested = await t.http().post('/api/supplier-applications')
      .send(application({ creditCode: withCheckChar('93451022MA5Q1AB01'), kind: 'FACTORY', contact: { name: '', phone: '123' }, account: { phone: 'x' } })).expect(400);
    expect(nested.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['kind', 'contact.name', 'contact.phone', 'account.phone']));

    // None of these left a user or a supplier behind.
    await t.http().post('/api/auth/login').send({ phone: '13912340002', password: 'Mango2026x' }).expect(401);
    const all = await t.http().get('/api/admin/suppliers').set('Authorization', op).expect(200);
    expect(all.body.items.map((s: { countyCode: string }) => s.countyCode)).not.toContain('451002');
  });

  it('answers 409 to a credit code or a phone already registered, and rolls back', async () => {
    const dupCode = await t.http().post('/api/supplier-applications')
      .send(application({ account: { phone: '13912340003', password: 'Camellia2026', name: '重复' } })).expect(409);
    expect(dupCode.body.code).toBe('SUPPLIER_EXISTS');
    await t.http().post('/api/auth/login').send({ phone: '13912340003', password: 'Camellia2026' }).expect(401);

    const dupPhone = await t.http().post('/api/supplier-applications')
      .send(application({ creditCode: withCheckChar('93451226MA5R2CD02'), countyCode: '451226', account: { phone: DEMO.citizen, password: 'Camellia2026', name: '重复' } })).expect(409);
    expect(dupPhone.body.code).toBe('PHONE_TAKEN');
    const pending = await t.http().get('/api/admin/suppliers?status=PENDING').set('Authorization', op).expect(200);
    expect(pending.body.items.map((s: { creditCode: string }) => s.creditCode)).not.toContain(withCheckChar('93451226MA5R2CD02'));
  });

  it('walks the lifecycle, refuses illegal steps with 409, and keeps every decision with who and when', async () => {
    const applied = await t.http().post('/api/supplier-applications')
      .send(application({ name: '罗城仫佬族自治县毛葡萄家庭农场', kind: 'FAMILY_FARM', creditCode: withCheckChar('92451225MA5T3EF03'), countyCode: '451225', account: { phone: '13912340004', password: 'Grape2026x', name: '吴小葡' } }))
      .expect(201);
    const id = applied.body.supplier.id as string;
    const staff = `Bearer ${applied.body.accessToken}`;
    const act = (action: string, body?: object) => t.http().post(`/api/admin/suppliers/${id}/${action}`).set('Authorization', op).send(body ?? {});

    // Pending: cannot be suspended or reinstated; rejecting needs a reason.
    expect((await act('suspend', { reason: '抽检不合格' }).expect(409)).body).toMatchObject({ code: 'INVALID_TRANSITION', details: { from: 'PENDING', to: 'SUSPENDED' } });
    expect((await act('reinstate').expect(409)).body.code).toBe('INVALID_TRANSITION');
    expect((await act('reject').expect(400)).body.details[0].field).toBe('reason');

    const rejected = (await act('reject', { reason: '营业执照照片不清晰' }).expect(200)).body;
    expect(rejected).toMatchObject({ status: 'REJECTED', statusReason: '营业执照照片不清晰' });
    await act('approve').expect(409);
    // The supplier sees why, corrects and resubmits.
    const seen = (await t.http().get('/api/supplier/profile').set('Authorization', staff).expect(200)).body;
    expect(seen.statusReason).toBe('营业执照照片不清晰');
    const { account: _account, ...profile } = application({ name: '罗城仫佬族自治县毛葡萄家庭农场', kind: 'FAMILY_FARM', creditCode: withCheckChar('92451225MA5T3EF03'), countyCode: '451225' });
    const resubmitted = (await t.http().put('/api/supplier/profile').set('Authorization', staff).send({ ...profile, linkedHouseholds: 40 }).expect(200)).body;
    expect(resubmitted).toMatchObject({ status: 'PENDING', statusReason: null, linkedHouseholds: 40 });
    // Correcting again while pending is allowed too.
    await t.http().put('/api/supplier/profile').set('Authorization', staff).send({ ...profile, linkedHouseholds: 41 }).expect(200);

    await act('approve').expect(200);
    expect(await t.app.get(SuppliersService).isActive(id)).toBe(true);
    expect(await t.app.get(SuppliersService).activeSupplierIds()).toContain(id);
    // Approved: no more corrections through the application, no second approval.
    expect((await t.http().put('/api/supplier/profile').set('Authorization', staff).send(profile).expect(409)).body.code).toBe('INVALID_TRANSITION');
    await act('approve').expect(409);
    await act('reject', { reason: '重复操作' }).expect(409);

    const suspended = (await act('suspend', { reason: '抽检农残超标' }).expect(200)).body;
    expect(suspended).toMatchObject({ status: 'SUSPENDED', statusReason: '抽检农残超标' });
    expect(await t.app.get(SuppliersService).isActive(id)).toBe(false);
    expect(await t.app.get(SuppliersService).activeSupplierIds()).not.toContain(id);
    await expect(t.app.get(SuppliersService).requireActive(id)).rejects.toMatchObject({ code: 'SUPPLIER_NOT_ACTIVE' });
    await act('approve').expect(409); // a suspended supplier is reinstated, not approved
    await act('reinstate', { reason: '整改完成，复检合格' }).expect(200);
    await act('reinstate').expect(409);

    const detail = (await t.http().get(`/api/admin/suppliers/${id}`).set('Authorization', op).expect(200)).body;
    expect(detail.status).toBe('APPROVED');
    expect(detail.decisions.map((d: { action: string; fromStatus: string | null; toStatus: string }) => `${d.action}:${d.fromStatus}→${d.toStatus}`)).toEqual([
      'SUBMIT:null→PENDING',
      'REJECT:PENDING→REJECTED',
      'RESUBMIT:REJECTED→PENDING',
      'RESUBMIT:PENDING→PENDING',
      'APPROVE:PENDING→APPROVED',
      'SUSPEND:APPROVED→SUSPENDED',
      'REINSTATE:SUSPENDED→APPROVED',
    ]);
    const operatorId = (await t.http().get('/api/auth/me').set('Authorization', op)).body.id;
    const reject = detail.decisions[1];
    expect(reject).toMatchObject({ actorId: operatorId, actorName: '王立群', reason: '营业执照照片不清晰' });
    expect(detail.decisions[2]).toMatchObject({ actorId: applied.body.user.id, actorName: '吴小葡' });
    const times = detail.decisions.map((d: { decidedAt: string }) => Date.parse(d.decidedAt));
    expect(times.every((x: number, i: number) => !Number.isNaN(x) && (i === 0 || x >= times[i - 1]))).toBe(true);
    expect(Math.abs(times[times.length - 1] - Date.now())).toBeLessThan(60_000);

    const approvedList = await t.http().get('/api/admin/suppliers?status=APPROVED').set('Authorization', op).expect(200);
    expect(approvedList.body.items.map((s: { id: string }) => s.id)).toContain(id);
    expect(approvedList.body.items.every((s: { status: string }) => s.status === 'APPROVED')).toBe(true);
  });

  it('keeps the operator routes to operators, and profiles to supplier staff', async () => {
    const pending = (await t.http().get('/api/admin/suppliers?status=PENDING').set('Authorization', op).expect(200)).body.items[0].id as string;
    for (const phone of [DEMO.mangoSupplier, DEMO.citizen, DEMO.canteenBuyer]) {
      const who = await t.login(phone);
      await t.http().get('/api/admin/suppliers').set('Authorization', who).expect(403);
      await t.http().get(`/api/admin/suppliers/${pending}`).set('Authorization', who).expect(403);
      await t.http().post(`/api/admin/suppliers/${pending}/approve`).set('Authorization', who).expect(403);
      await t.http().post(`/api/admin/suppliers/${pending}/suspend`).set('Authorization', who).send({ reason: '试试看' }).expect(403);
    }
    await t.http().post(`/api/admin/suppliers/${pending}/approve`).expect(401);
    await t.http().get('/api/supplier/profile').set('Authorization', await t.login(DEMO.citizen)).expect(403);
    await t.http().get('/api/admin/suppliers/00000000-0000-4000-8000-000000000000').set('Authorization', op).expect(404);
    await t.http().get('/api/admin/suppliers?status=OPEN').set('Authorization', op).expect(400);
    // Demo suppliers apply like real ones and are approved by the demo operator.
    const mango = (await t.http().get('/api/supplier/profile').set('Authorization', await t.login(DEMO.mangoSupplier)).expect(200)).body;
    expect(mango).toMatchObject({ status: 'APPROVED', decisions: [{ action: 'SUBMIT', toStatus: 'PENDING' }, { action: 'APPROVE', toStatus: 'APPROVED' }] });
  });
});
