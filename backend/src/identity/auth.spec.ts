import { DataSource } from 'typeorm';
import { User } from './user.entity';
import { MAX_FAILURES_PER_PHONE } from './login-throttle.service';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('login, registration and tokens', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('logs a demo account in and returns the contract shape', async () => {
    const res = await t.http().post('/api/auth/login').send({ phone: DEMO.citizen, password: 'Demo@2026' }).expect(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), user: { id: expect.any(String), name: '陈小梅', roles: ['CITIZEN'] } });
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ name: '陈小梅', phone: DEMO.citizen, agencyId: null, supplierId: null, agency: null, supplier: null });
  });

  it('shows organisation memberships on /me', async () => {
    const me = await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.canteenBuyer)).expect(200);
    expect(me.body.roles).toEqual(['CANTEEN_BUYER']);
    expect(me.body.agency).toEqual({ id: me.body.agencyId, name: '深圳市福田区机关事务管理局' });
    const sup = await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.mangoSupplier)).expect(200);
    expect(sup.body.supplier.name).toBe('田东县祥周镇芒果种植专业合作社');
  });

  it('answers 401 alike for a wrong password and an unknown phone', async () => {
    const wrong = await t.http().post('/api/auth/login').send({ phone: DEMO.approver, password: 'Wrong1234' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ phone: '13999999999', password: 'Wrong1234' }).expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: '手机号或密码错误' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('throttles a phone with 429 after repeated failures, even with the right password', async () => {
    const phone = DEMO.agencyManager;
    for (let i = 0; i < MAX_FAILURES_PER_PHONE; i++) {
      await t.http().post('/api/auth/login').send({ phone, password: `Wrong${i}xyz` }).expect(401);
    }
    const res = await t.http().post('/api/auth/login').send({ phone, password: 'Demo@2026' }).expect(429);
    expect(res.body.code).toBe('TOO_MANY_ATTEMPTS');
    // Another account from the same address is not locked by this one's failures.
    await t.http().post('/api/auth/login').send({ phone: DEMO.hechiSupplier, password: 'Demo@2026' }).expect(200);
  });

  it('registers a citizen, refuses the same phone twice, and enforces the password rule', async () => {
    const res = await t.http().post('/api/auth/register').send({ phone: '13912345678', password: 'Mango2026', name: '林晓' }).expect(201);
    expect(res.body.user.roles).toEqual(['CITIZEN']);
    const again = await t.http().post('/api/auth/register').send({ phone: '13912345678', password: 'Mango2026', name: '林晓' }).expect(409);
    expect(again.body.code).toBe('PHONE_TAKEN');
    const weak = await t.http().post('/api/auth/register').send({ phone: '13912345679', password: 'short', name: '林' }).expect(400);
    expect(weak.body.details).toEqual([{ field: 'password', message: expect.stringContaining('密码') }]);
    // Nobody can make themselves an operator by registering.
    const sneaky = await t.http().post('/api/auth/register').send({ phone: '13912345670', password: 'Mango2026', name: 'x', roles: ['OPERATOR'] }).expect(400);
    expect(sneaky.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses missing, forged and expired-looking tokens with 401', async () => {
    await t.http().get('/api/auth/me').expect(401);
    await t.http().get('/api/auth/me').set('Authorization', 'Bearer not.a.token').expect(401);
    const good = (await t.login(DEMO.citizen)).slice('Bearer '.length);
    const [h, p] = good.split('.');
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${h}.${p}.forgedsignature`).expect(401);
  });

  it('stops a disabled account at once, token or not', async () => {
    const op = await t.login(DEMO.operator);
    const created = await t.http().post('/api/admin/users').set('Authorization', op)
      .send({ phone: '13711112222', name: '临时运营', password: 'Temp12345', roles: ['OPERATOR'] }).expect(201);
    const token = await t.login('13711112222', 'Temp12345');
    await t.http().get('/api/auth/me').set('Authorization', token).expect(200);
    await t.http().patch(`/api/admin/users/${created.body.id}/status`).set('Authorization', op).send({ status: 'DISABLED' }).expect(200);
    await t.http().get('/api/auth/me').set('Authorization', token).expect(401);
    const login = await t.http().post('/api/auth/login').send({ phone: '13711112222', password: 'Temp12345' }).expect(401);
    expect(login.body.code).toBe('ACCOUNT_DISABLED');
  });

  it('stores passwords as argon2id hashes', async () => {
    const user = await t.app.get(DataSource).getRepository(User).findOneByOrFail({ phone: DEMO.citizen });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.passwordHash).not.toContain('Demo@2026');
  });
});
