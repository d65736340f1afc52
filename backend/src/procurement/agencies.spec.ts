import { DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('agencies: details, canteens, contractor account, members', () => {
  let t: TestApp;
  let op: string;
  let manager: string;
  let agencyId: string;
  let otherAgencyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.login(DEMO.operator);
    manager = await t.login(DEMO.agencyManager);
    agencyId = (await t.http().get('/api/auth/me').set('Authorization', manager)).body.agencyId;
    otherAgencyId = (await t.http().get('/api/agencies?q=南山区教育局').set('Authorization', op).expect(200)).body.items[0].id;
  });
  afterAll(() => t.close());

  it('creates an agency with its level and canteen kinds, and refuses an outsourced canteen without contractor', async () => {
    await t.http().post('/api/admin/agencies').set('Authorization', op)
      .send({ name: '深圳市罗湖区卫生健康局', divisionCode: '440303', canteens: [{ name: '外包食堂', kind: 'OUTSOURCED' }] }).expect(400);
    const a = (await t.http().post('/api/admin/agencies').set('Authorization', op)
      .send({ name: '深圳市罗湖区卫生健康局', divisionCode: '440303', level: 'DISTRICT', canteens: [{ name: '局机关食堂', kind: 'SHARED', contactName: '赵师傅', contactPhone: '0755-12345678' }] })
      .expect(201)).body;
    expect(a).toMatchObject({ level: 'DISTRICT', region: { divisionName: '罗湖区', cityName: '深圳市', helperUnitName: '深圳市罗湖区' } });
    expect(a.canteens[0]).toMatchObject({ kind: 'SHARED', kindLabel: '共用', contactName: '赵师傅', contactPhone: '0755-12345678', contractorName: null });
  });

  it('lets operators filter and page agencies; the admin list keeps {items} and adds total', async () => {
    const page = (await t.http().get('/api/agencies?divisionCode=440300&pageSize=1&page=2').set('Authorization', op).expect(200)).body;
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(3);
    const district = (await t.http().get('/api/agencies?divisionCode=440304&level=DISTRICT').set('Authorization', op).expect(200)).body;
    expect(district.items.map((a: { name: string }) => a.name)).toEqual(['深圳市福田区机关事务管理局']);
    const admin = (await t.http().get('/api/admin/agencies').set('Authorization', op).expect(200)).body;
    expect(admin.items.length).toBe(admin.total);
    await t.http().get('/api/agencies').set('Authorization', manager).expect(403);
  });

  it('lets an operator rename, re-level and disable an agency, recorded with before and after', async () => {
    const res = (await t.http().patch(`/api/agencies/${otherAgencyId}`).set('Authorization', op).send({ level: 'CITY', name: '深圳市南山区教育局（改）' }).expect(200)).body;
    expect(res).toMatchObject({ level: 'CITY', name: '深圳市南山区教育局（改）' });
    const entry = await t.app.get(DataSource).getRepository(AuditEntry).findOneByOrFail({ action: 'agency.update', subjectId: otherAgencyId });
    expect(JSON.parse(entry.before!)).toEqual({ name: '深圳市南山区教育局', level: 'DISTRICT' });
    await t.http().patch(`/api/agencies/${otherAgencyId}`).set('Authorization', op).send({ name: '深圳市南山区教育局', level: 'DISTRICT' }).expect(200);
    await t.http().patch(`/api/agencies/${agencyId}`).set('Authorization', manager).send({ level: 'CITY' }).expect(403);
    await t.http().patch(`/api/agencies/${agencyId}`).set('Authorization', op).send({ name: '深圳市南山区教育局' }).expect(409);
  });

  it('lets the agency manager add and change canteens, not another agency’s', async () => {
    const c = (await t.http().post(`/api/agencies/${agencyId}/canteens`).set('Authorization', manager)
      .send({ name: '福田区机关第二食堂', kind: 'OUTSOURCED', contractorName: '深圳某餐饮管理有限公司', address: '深圳市福田区' }).expect(201)).body;
    expect(c).toMatchObject({ kind: 'OUTSOURCED', contractorName: '深圳某餐饮管理有限公司', contractorUserId: null });
    await t.http().post(`/api/agencies/${agencyId}/canteens`).set('Authorization', manager).send({ name: '福田区机关第二食堂' }).expect(409);
    await t.http().post(`/api/agencies/${otherAgencyId}/canteens`).set('Authorization', manager).send({ name: '不该有的食堂' }).expect(403);
    await t.http().patch(`/api/agencies/${agencyId}/canteens/${c.id}`).set('Authorization', manager).send({ contactName: '钱经理', contactPhone: '13911112222' }).expect(200);
    const otherCanteen = (await t.http().get(`/api/agencies/${otherAgencyId}`).set('Authorization', op)).body.canteens[0].id;
    await t.http().patch(`/api/agencies/${agencyId}/canteens/${otherCanteen}`).set('Authorization', manager).send({ contactName: 'x' }).expect(404);
    await t.http().post(`/api/agencies/${agencyId}/canteens`).set('Authorization', await t.login(DEMO.canteenBuyer)).send({ name: '采购员不能建' }).expect(403);
  });

  it('opens a buyer account for an outsourced canteen’s contractor, once, and lists it among the members', async () => {
    const view = (await t.http().get(`/api/agencies/${agencyId}`).set('Authorization', manager)).body;
    const outsourced = view.canteens.find((c: { name: string }) => c.name === '福田区机关第二食堂');
    const own = view.canteens.find((c: { name: string }) => c.name === '福田区机关第一食堂');
    await t.http().post(`/api/agencies/${agencyId}/canteens/${own.id}/contractor`).set('Authorization', manager).send({ phone: '13700000301', name: '承包方', password: 'Passw0rd1' }).expect(400);
    const linked = (await t.http().post(`/api/agencies/${agencyId}/canteens/${outsourced.id}/contractor`).set('Authorization', manager)
      .send({ phone: '13700000301', name: '钱经理', password: 'Passw0rd1' }).expect(201)).body;
    expect(linked.contractorUserId).toBeTruthy();
    const login = await t.login('13700000301', 'Passw0rd1');
    const me = (await t.http().get('/api/auth/me').set('Authorization', login)).body;
    expect(me).toMatchObject({ id: linked.contractorUserId, roles: ['CANTEEN_BUYER'] });
    await t.http().post(`/api/agencies/${agencyId}/canteens/${outsourced.id}/contractor`).set('Authorization', manager).send({ phone: '13700000302', name: '又一个', password: 'Passw0rd1' }).expect(409);
    const members = (await t.http().get(`/api/agencies/${agencyId}/members`).set('Authorization', manager).expect(200)).body.items;
    expect(members.find((m: { phone: string }) => m.phone === '13700000301')).toMatchObject({ contractorOfCanteenId: outsourced.id, roles: ['CANTEEN_BUYER'] });
    expect(members.map((m: { phone: string }) => m.phone)).toEqual(expect.arrayContaining(['13800000003', '13800000004', '13800000007']));
    await t.http().get(`/api/agencies/${agencyId}/members`).set('Authorization', await t.login(DEMO.canteenBuyer)).expect(403);
    // An outsourced canteen with a contractor account can't silently become the agency's own.
    await t.http().patch(`/api/agencies/${agencyId}/canteens/${outsourced.id}`).set('Authorization', manager).send({ kind: 'OWN' }).expect(400);
  });
});
