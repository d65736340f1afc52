import { startTestApp, TestApp } from '../testing/test-app';

interface County { code: string; name: string; prefecture: { name: string } | null; province: { name: string } | null; role: string; sourceId: string }
interface Unit { helperUnit: { name: string }; counties: County[] }

/** The pairing map of a day and the 2017 → 2021 Shenzhen re-pairing, with the source documents' figures. */
describe('pairing map and comparison', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Without demo data: the demo adds 2021 continuations (广州, 东莞) that these counts must not see.
    t = await startTestApp({ SEED_DEMO: 'false' });
  });
  afterAll(() => t.close());

  const names = (cs: County[]) => cs.map((c) => c.name).sort();
  const unit = (units: Unit[], name: string) => units.find((u) => u.helperUnit.name === name)!;

  it('draws Shenzhen in 2018: 10 districts helping 17 counties of 百色 and 河池', async () => {
    const map = (await t.http().get('/api/regions/pairings/map').query({ date: '2018-06-01', city: '深圳市' }).expect(200)).body;
    expect(map).toMatchObject({ date: '2018-06-01', city: '深圳市', helperUnitCount: 10, countyCount: 17 });
    const prefectures = new Set(map.helperUnits.flatMap((u: Unit) => u.counties.map((c) => c.prefecture!.name)));
    expect([...prefectures].sort()).toEqual(['河池市', '百色市']);
    const futian = unit(map.helperUnits, '深圳市福田区');
    expect(futian.counties).toEqual([
      expect.objectContaining({ code: '451225', name: '罗城仫佬族自治县', prefecture: { code: '451200', name: '河池市' }, province: { code: '450000', name: '广西壮族自治区' }, role: 'LEAD', sourceId: 'sz-2017' }),
      expect.objectContaining({ code: '451226', name: '环江毛南族自治县', prefecture: { code: '451200', name: '河池市' } }),
    ]);
    // Named as it was then: 田阳 was still a county (县) in 2018.
    expect(names(unit(map.helperUnits, '深圳市南山区').counties)).toEqual(['德保县', '田阳县']);
  });

  it('draws Shenzhen in 2022: 10 districts helping 22 counties, now also in 南宁 and 桂林', async () => {
    const map = (await t.http().get('/api/regions/pairings/map').query({ date: '2022-06-01', city: '深圳市' }).expect(200)).body;
    expect(map).toMatchObject({ helperUnitCount: 10, countyCount: 22 });
    const prefectures = new Set(map.helperUnits.flatMap((u: Unit) => u.counties.map((c) => c.prefecture!.name)));
    expect([...prefectures].sort()).toEqual(['南宁市', '桂林市', '河池市', '百色市'].sort());
    expect(names(unit(map.helperUnits, '深圳市光明区').counties)).toEqual(['田林县', '田阳区']);
    expect(map.helperUnits.find((u: Unit) => u.helperUnit.name === '深圳市光明新区')).toBeUndefined();
  });

  it('shows a prefecture-wide pairing as the prefecture itself (广州市 → 黔南州, 2019)', async () => {
    const map = (await t.http().get('/api/regions/pairings/map').query({ date: '2019-06-01', city: '广州市' }).expect(200)).body;
    expect(map.helperUnits).toEqual([
      { helperUnit: expect.objectContaining({ name: '广州市' }), counties: [expect.objectContaining({ code: '522700', level: 'CITY', prefecture: expect.objectContaining({ code: '522700' }), province: { code: '520000', name: '贵州省' } })] },
    ]);
    expect((await t.http().get('/api/regions/pairings/map').query({ date: '2022-06-01', city: '广州市' }).expect(200)).body).toMatchObject({ helperUnitCount: 0, countyCount: 0, helperUnits: [] });
  });

  it('compares 2018 with 2022 per district: only then, only now, both', async () => {
    const cmp = (await t.http().get('/api/regions/pairings/compare').query({ city: '深圳市', a: '2018-06-01', b: '2022-06-01' }).expect(200)).body;
    expect(cmp.a.countyCount).toBe(17);
    expect(cmp.b.countyCount).toBe(22);
    const row = (name: string) => {
      const u = cmp.helperUnits.find((x: { helperUnit: { name: string } }) => x.helperUnit.name === name);
      return { onlyA: names(u.onlyA), onlyB: names(u.onlyB), both: names(u.both) };
    };
    expect(row('深圳市福田区')).toEqual({ onlyA: ['环江毛南族自治县', '罗城仫佬族自治县'], onlyB: ['上林县', '隆安县', '马山县'], both: [] });
    expect(row('深圳市宝安区')).toEqual({ onlyA: [], onlyB: ['环江毛南族自治县'], both: ['大化瑶族自治县', '都安瑶族自治县'] });
    expect(row('深圳市南山区')).toEqual({ onlyA: ['德保县', '田阳县'], onlyB: ['资源县', '龙胜各族自治县'], both: [] });
    expect(row('深圳市罗湖区')).toEqual({ onlyA: [], onlyB: [], both: ['西林县', '隆林各族自治县'] });
    expect(row('深圳市光明新区')).toEqual({ onlyA: ['田林县'], onlyB: [], both: [] });
    expect(row('深圳市光明区')).toEqual({ onlyA: [], onlyB: ['田林县', '田阳区'], both: [] });
    expect(cmp.helperUnits).toHaveLength(11);
  });

  it('refuses bad input with 400', async () => {
    expect((await t.http().get('/api/regions/pairings/map?date=2022-02-30').expect(400)).body.details[0].field).toBe('date');
    expect((await t.http().get('/api/regions/pairings/map?city=上海市').expect(400)).body.code).toBe('UNKNOWN_CITY');
    expect((await t.http().get('/api/regions/pairings/compare?city=深圳市&a=2018-06-01').expect(400)).body.details[0].field).toBe('b');
    await t.http().get('/api/regions/pairings/compare?a=2018-06-01&b=2022-06-01&x=1').expect(400);
  });
});
