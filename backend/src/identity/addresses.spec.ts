import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('address book (GET/POST/PATCH/DELETE /api/me/addresses)', () => {
  let t: TestApp;
  let citizen: string;
  let other: string;

  beforeAll(async () => {
    t = await startTestApp();
    citizen = await t.login(DEMO.citizen);
    other = await t.login(DEMO.canteenBuyer);
  });
  afterAll(() => t.close());

  const home = { name: '陈小梅', phone: '13800000005', region: '广东省深圳市福田区', detail: '福华三路 88 号 2 栋 1201' };
  const office = { name: '陈小梅', phone: '13900000005', region: '广东省深圳市南山区', detail: '科技园南区 1 栋 501' };

  it('needs a login', async () => {
    await t.http().get('/api/me/addresses').expect(401);
    await t.http().post('/api/me/addresses').send(home).expect(401);
  });

  it('adds addresses; the first is the default and a new default replaces it', async () => {
    const first = await t.http().post('/api/me/addresses').set('Authorization', citizen).send(home).expect(201);
    expect(first.body).toEqual(expect.objectContaining({ ...home, isDefault: true, id: expect.any(String) }));
    const second = await t.http().post('/api/me/addresses').set('Authorization', citizen).send(office).expect(201);
    expect(second.body.isDefault).toBe(false);

    await t.http().patch(`/api/me/addresses/${second.body.id}`).set('Authorization', citizen).send({ isDefault: true, detail: '科技园南区 1 栋 502' }).expect(200);
    const list = (await t.http().get('/api/me/addresses').set('Authorization', citizen).expect(200)).body.items;
    expect(list.map((a: { id: string; isDefault: boolean }) => [a.id, a.isDefault])).toEqual([[second.body.id, true], [first.body.id, false]]);
    expect(list[0].detail).toBe('科技园南区 1 栋 502');
  });

  it('validates the fields and refuses unknown ones', async () => {
    const bad = await t.http().post('/api/me/addresses').set('Authorization', citizen).send({ ...home, phone: '12345' }).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'phone' })]);
    await t.http().post('/api/me/addresses').set('Authorization', citizen).send({ ...home, userId: 'x' }).expect(400);
    await t.http().post('/api/me/addresses').set('Authorization', citizen).send({ name: '陈小梅' }).expect(400);
  });

  it('keeps each member to their own addresses', async () => {
    const mine = (await t.http().get('/api/me/addresses').set('Authorization', citizen)).body.items;
    expect((await t.http().get('/api/me/addresses').set('Authorization', other).expect(200)).body.items).toEqual([]);
    await t.http().patch(`/api/me/addresses/${mine[0].id}`).set('Authorization', other).send({ name: '别人' }).expect(404);
    await t.http().delete(`/api/me/addresses/${mine[0].id}`).set('Authorization', other).expect(404);
    await t.http().delete('/api/me/addresses/not-a-uuid').set('Authorization', other).expect(404);
    const still = (await t.http().get('/api/me/addresses').set('Authorization', citizen)).body.items;
    expect(still).toHaveLength(2);
    expect(still[0].name).toBe('陈小梅');
  });

  it('deleting the default makes another address the default', async () => {
    const [def, rest] = (await t.http().get('/api/me/addresses').set('Authorization', citizen)).body.items;
    await t.http().delete(`/api/me/addresses/${def.id}`).set('Authorization', citizen).expect(204);
    const list = (await t.http().get('/api/me/addresses').set('Authorization', citizen)).body.items;
    expect(list).toEqual([expect.objectContaining({ id: rest.id, isDefault: true })]);
    await t.http().delete(`/api/me/addresses/${rest.id}`).set('Authorization', citizen).expect(204);
    expect((await t.http().get('/api/me/addresses').set('Authorization', citizen)).body.items).toEqual([]);
  });
});
