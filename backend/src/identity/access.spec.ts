import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY } from './access.decorators';
import { creditCodeCheckChar } from '../common/credit-code';

const withCheckChar = (first17: string) => first17 + creditCodeCheckChar(first17);
const withWrongCheckChar = (first17: string) => first17 + (creditCodeCheckChar(first17) === '0' ? '1' : '0');
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('access guard: roles and organisation scope', () => {
  let t: TestApp;
  let op: string;
  beforeAll(async () => {
    t = await startTestApp();
    op = await t.login(DEMO.operator);
  });
  afterAll(() => t.close());

  it('gives every route an access rule (a new endpoint cannot be open by accident)', () => {
    const reflector = t.app.get(Reflector);
    const missing: string[] = [];
    let routes = 0;
    for (const mod of t.app.get(ModulesContainer).values()) {
      for (const wrapper of mod.controllers.values()) {
        const ctrl = wrapper.metatype as { new (...a: unknown[]): unknown; name: string };
        for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
          const handler = ctrl.prototype[name];
          if (name === 'constructor' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
          if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          routes++;
          if (!reflector.getAllAndOverride(ACCESS_KEY, [handler, ctrl])) missing.push(`${ctrl.name}.${name}`);
        }
      }
    }
    expect(routes).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('refuses operator routes to everyone else with 403, and to strangers with 401', async () => {
    await t.http().get('/api/admin/users').expect(401);
    for (const phone of [DEMO.citizen, DEMO.canteenBuyer, DEMO.mangoSupplier]) {
      const res = await t.http().get('/api/admin/users').set('Authorization', await t.login(phone)).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    const list = await t.http().get('/api/admin/users').set('Authorization', op).expect(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(7);
  });

  it('lets agency staff read only their own agency', async () => {
    const buyer = await t.login(DEMO.canteenBuyer);
    const own = (await t.http().get('/api/auth/me').set('Authorization', buyer)).body.agencyId as string;
    const other = await t.http().post('/api/admin/agencies').set('Authorization', op)
      .send({ name: '深圳市罗湖区教育局', divisionCode: '440303', canteens: [{ name: '罗湖区教育局食堂' }] }).expect(201);

    const mine = await t.http().get(`/api/agencies/${own}`).set('Authorization', buyer).expect(200);
    expect(mine.body.canteens).toEqual([expect.objectContaining({ name: '福田区机关第一食堂' })]);
    const res = await t.http().get(`/api/agencies/${other.body.id}`).set('Authorization', buyer).expect(403);
    expect(res.body).toEqual({ statusCode: 403, code: 'FORBIDDEN', message: '无权访问其他组织的数据' });
    // A citizen has no agency at all; a supplier's staff have the wrong kind of organisation.
    await t.http().get(`/api/agencies/${own}`).set('Authorization', await t.login(DEMO.citizen)).expect(403);
    await t.http().get(`/api/agencies/${own}`).set('Authorization', await t.login(DEMO.mangoSupplier)).expect(403);
    // Operators see every agency.
    await t.http().get(`/api/agencies/${other.body.id}`).set('Authorization', op).expect(200);
  });

  it('keeps one supplier out of another supplier\'s organisation', async () => {
    const mango = await t.login(DEMO.mangoSupplier);
    const hechi = await t.login(DEMO.hechiSupplier);
    const mangoId = (await t.http().get('/api/auth/me').set('Authorization', mango)).body.supplierId;
    const hechiId = (await t.http().get('/api/auth/me').set('Authorization', hechi)).body.supplierId;
    expect(mangoId).not.toBe(hechiId);
    await t.http().get(`/api/suppliers/${mangoId}`).set('Authorization', mango).expect(200);
    await t.http().get(`/api/suppliers/${hechiId}`).set('Authorization', mango).expect(403);
    await t.http().get(`/api/suppliers/${mangoId}`).set('Authorization', hechi).expect(403);
  });

  it('creates organisation accounts only with the membership their roles need', async () => {
    const agencyId = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.canteenBuyer))).body.agencyId;
    const supplier = await t.http().post('/api/admin/suppliers').set('Authorization', op)
      .send({ name: '隆林各族自治县山茶油合作社', creditCode: withWrongCheckChar('93451031MA5K8QW21'), countyCode: '451031' });
    expect(supplier.status).toBe(400);
    expect(supplier.body.details[0].field).toBe('creditCode');

    const noOrg = await t.http().post('/api/admin/users').set('Authorization', op)
      .send({ phone: '13700000001', name: '采购员甲', password: 'Buyer2026', roles: ['CANTEEN_BUYER'] }).expect(400);
    expect(noOrg.body.code).toBe('MEMBERSHIP_MISMATCH');
    const ok = await t.http().post('/api/admin/users').set('Authorization', op)
      .send({ phone: '13700000001', name: '采购员甲', password: 'Buyer2026', roles: ['CANTEEN_BUYER', 'AGENCY_APPROVER'], agencyId }).expect(201);
    expect(ok.body).toMatchObject({ roles: ['CANTEEN_BUYER', 'AGENCY_APPROVER'], agencyId, supplierId: null });
    const mixed = await t.http().post('/api/admin/users').set('Authorization', op)
      .send({ phone: '13700000002', name: '混合', password: 'Mixed2026', roles: ['CANTEEN_BUYER', 'SUPPLIER_STAFF'], agencyId }).expect(400);
    expect(mixed.body.code).toBe('ROLE_CONFLICT');
    const ghost = await t.http().post('/api/admin/users').set('Authorization', op)
      .send({ phone: '13700000003', name: '幽灵', password: 'Ghost2026', roles: ['CANTEEN_BUYER'], agencyId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    expect(ghost.body.code).toBe('NOT_FOUND');
  });

  it('refuses a supplier in a county no eastern unit helps', async () => {
    // 右江区 (Baise's city district) has no pairing in the source documents.
    const res = await t.http().post('/api/admin/suppliers').set('Authorization', op)
      .send({ name: '右江区某合作社', creditCode: withCheckChar('93451002MA5K8QW21'), countyCode: '451002' }).expect(400);
    expect(res.body.code).toBe('NOT_ASSISTED_COUNTY');
    const ok = await t.http().post('/api/admin/suppliers').set('Authorization', op)
      .send({ name: '隆林各族自治县山茶油合作社', creditCode: withCheckChar('93451031MA5K8QW21'), countyCode: '451031' }).expect(201);
    expect(ok.body.status).toBe('APPROVED');
  });
});
