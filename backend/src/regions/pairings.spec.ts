import { Role } from '../identity/role';
import { UsersService } from '../identity/users.service';
import { startTestApp, TestApp } from '../testing/test-app';

/** The 2017 → 2021 re-pairing of Shenzhen's districts, as the source documents state it. */
describe('pairings across time', () => {
  let t: TestApp;
  let futian: string;
  let op: string;
  beforeAll(async () => {
    // Without demo data: the demo records two 2021 continuations that these counts must not see.
    t = await startTestApp({ SEED_DEMO: 'false' });
    await t.app.get(UsersService).create({ phone: '13600000001', name: '运营', password: 'Operator2026', roles: [Role.OPERATOR] });
    await t.app.get(UsersService).create({ phone: '13600000002', name: '市民', password: 'Citizen2026', roles: [Role.CITIZEN] });
    op = await t.login('13600000001', 'Operator2026');
    const helpers = (await t.http().get('/api/regions/helper-units').expect(200)).body.items as { id: string; name: string }[];
    futian = helpers.find((h) => h.name === '深圳市福田区')!.id;
  });
  afterAll(() => t.close());

  const countiesOf = async (helperId: string, date: string) =>
    ((await t.http().get(`/api/regions/helper-units/${helperId}/counties?date=${date}`).expect(200)).body.items as { county: { code: string; name: string } }[])
      .map((p) => p.county.name.replace(/^.*市/, ''))
      .sort();
  const helpersOf = async (code: string, date: string) =>
    ((await t.http().get(`/api/regions/counties/${code}/helpers?date=${date}`).expect(200)).body.items as { helperUnit: { name: string }; role: string }[]).map(
      (p) => `${p.helperUnit.name}:${p.role}`,
    );

  it('loads every pair of the four source documents', async () => {
    const all = await t.http().get('/api/regions/pairings').expect(200);
    expect(all.body.items).toHaveLength(62);
    const sources = new Set(all.body.items.map((p: { source: { id: string } }) => p.source.id));
    expect([...sources].sort()).toEqual(['dg-2018', 'gz-2018', 'sz-2017', 'sz-2021']);
  });

  it('福田区 helps 罗城 and 环江 on 2019-06-01, and 马山, 上林 and 隆安 on 2022-06-01', async () => {
    expect(await countiesOf(futian, '2019-06-01')).toEqual(['环江毛南族自治县', '罗城仫佬族自治县']);
    expect(await countiesOf(futian, '2022-06-01')).toEqual(['上林县', '隆安县', '马山县']);
    expect(await countiesOf(futian, '2021-01-01')).toEqual(['上林县', '隆安县', '马山县']);
    expect(await countiesOf(futian, '2020-12-31')).toEqual(['环江毛南族自治县', '罗城仫佬族自治县']);
  });

  it('answers who helps a county on a day, and keeps its whole history', async () => {
    expect(await helpersOf('451226', '2019-06-01')).toEqual(['深圳市福田区:LEAD']);
    expect(await helpersOf('451226', '2022-06-01')).toEqual(['深圳市宝安区:LEAD']);
    const history = await t.http().get('/api/regions/counties/451226/pairings').expect(200);
    expect(history.body.items.map((p: { helperUnit: { name: string }; validFrom: string; validTo: string | null }) => [p.helperUnit.name, p.validFrom, p.validTo])).toEqual([
      ['深圳市福田区', '2016-01-01', '2020-12-31'],
      ['深圳市宝安区', '2021-01-01', null],
    ]);
    // Dongguan: one lead town and its assisting towns per county.
    expect((await helpersOf('530621', '2019-03-01')).sort()).toEqual(
      ['东莞市万江街道:ASSIST', '东莞市中堂镇:ASSIST', '东莞市莞城街道:LEAD', '东莞市高埗镇:ASSIST'].sort(),
    );
  });

  it('follows a county through its change of code (田阳县 451021 → 田阳区 451003)', async () => {
    expect(await helpersOf('451003', '2018-06-01')).toEqual(['深圳市南山区:LEAD']);
    expect(await helpersOf('451021', '2022-06-01')).toEqual(['深圳市光明区:LEAD']);
    const history = await t.http().get('/api/regions/counties/451003/pairings').expect(200);
    expect(history.body.items.map((p: { county: { name: string } }) => p.county.name)).toEqual([
      '广西壮族自治区百色市田阳县',
      '广西壮族自治区百色市田阳区',
    ]);
  });

  it('counts a prefecture-wide pairing for each of its counties (广州市 → 黔南州)', async () => {
    expect(await helpersOf('522701', '2019-06-01')).toEqual(['广州市:LEAD']);
    expect(await helpersOf('522701', '2022-06-01')).toEqual([]);
  });

  it('lets an operator add a pairing with its source document and end it, overwriting nothing', async () => {
    const helpers = (await t.http().get('/api/regions/helper-units')).body.items as { id: string; name: string }[];
    const guangzhou = helpers.find((h) => h.name === '广州市')!.id;
    const created = await t.http().post('/api/regions/pairings').set('Authorization', op).send({
      helperUnitId: guangzhou,
      countyCode: '522700',
      role: 'LEAD',
      validFrom: '2021-01-01',
      sourceDoc: { title: '广州市东西部协作对口帮扶黔南州工作方案（2021—2025年）', docNo: '穗协作〔2021〕1号' },
    }).expect(201);
    expect(created.body).toMatchObject({ county: { code: '522700' }, validTo: null, source: { docNo: '穗协作〔2021〕1号' } });
    expect(await helpersOf('522701', '2022-06-01')).toEqual(['广州市:LEAD']);

    const dup = await t.http().post('/api/regions/pairings').set('Authorization', op)
      .send({ helperUnitId: guangzhou, countyCode: '522700', role: 'LEAD', validFrom: '2024-01-01', sourceId: 'gz-2018' }).expect(409);
    expect(dup.body.code).toBe('PAIRING_OVERLAPS');
    const noSource = await t.http().post('/api/regions/pairings').set('Authorization', op)
      .send({ helperUnitId: guangzhou, countyCode: '451002', role: 'ASSIST', validFrom: '2024-01-01' }).expect(400);
    expect(noSource.body.code).toBe('SOURCE_REQUIRED');

    const ended = await t.http().post(`/api/regions/pairings/${created.body.id}/end`).set('Authorization', op)
      .send({ validTo: '2025-12-31', reason: '按新一轮结对方案调整' }).expect(200);
    expect(ended.body).toMatchObject({ validFrom: '2021-01-01', validTo: '2025-12-31', endedReason: '按新一轮结对方案调整' });
    expect(await helpersOf('522701', '2025-06-01')).toEqual(['广州市:LEAD']);
    expect(await helpersOf('522701', '2026-06-01')).toEqual([]);
    await t.http().post(`/api/regions/pairings/${created.body.id}/end`).set('Authorization', op).send({ validTo: '2025-06-30', reason: '再次终止' }).expect(409);
    // The 2018 pairing is untouched by all this.
    const history = await t.http().get('/api/regions/counties/522700/pairings').expect(200);
    expect(history.body.items.map((p: { validFrom: string; validTo: string }) => `${p.validFrom}..${p.validTo}`)).toEqual([
      '2018-01-01..2020-12-31',
      '2021-01-01..2025-12-31',
    ]);
  });

  it('keeps pairing changes to operators', async () => {
    const citizen = await t.login('13600000002', 'Citizen2026');
    await t.http().post('/api/regions/pairings').set('Authorization', citizen)
      .send({ helperUnitId: futian, countyCode: '451002', role: 'LEAD', validFrom: '2024-01-01', sourceId: 'sz-2021' }).expect(403);
  });

  it('rejects malformed queries with 400 and names the field', async () => {
    const bad = await t.http().get('/api/regions/pairings?date=2022-02-30').expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: [{ field: 'date' }] });
    const extra = await t.http().get('/api/regions/pairings?colour=red').expect(400);
    expect(extra.body.details[0].field).toBe('colour');
    await t.http().get('/api/regions/counties/abc/helpers').expect(404);
    await t.http().get('/api/regions/helper-units/not-a-uuid/counties').expect(404);
  });
});
