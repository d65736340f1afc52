import { describe, expect, it } from 'vitest';
import { effectiveUnit, firstStockedUnit, loadHelperChoice, saveHelperChoice, unitLabel, unitsOfCity } from './helper-choice';
import { seasonBanner } from './season';

const units = [
  { id: 'ft', name: '深圳市福田区', city: '深圳市', kind: 'DISTRICT' },
  { id: 'gz', name: '广州市', city: '广州市', kind: 'CITY' },
  { id: 'ps', name: '深圳市坪山区', city: '深圳市', kind: 'DISTRICT' },
  { id: 'ql', name: '东莞市清溪镇', city: '东莞市', kind: 'TOWN' },
] as const;

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('helper choice', () => {
  it('remembers the city and unit, and ignores junk', () => {
    const s = memory();
    expect(loadHelperChoice(s)).toBeUndefined();
    saveHelperChoice({ city: '东莞市', unitId: 'ql' }, s);
    expect(loadHelperChoice(s)).toEqual({ city: '东莞市', unitId: 'ql' });
    s.setItem('bangfu.storefront.helper', '{"city":"北京市"}');
    expect(loadHelperChoice(s)).toBeUndefined();
    s.setItem('bangfu.storefront.helper', 'not json');
    expect(loadHelperChoice(s)).toBeUndefined();
  });

  it('lists a city’s units and falls back to its first when the remembered one is elsewhere', () => {
    expect(unitsOfCity([...units], '深圳市').map((u) => u.id)).toEqual(['ft', 'ps']);
    expect(effectiveUnit([...units], { city: '深圳市', unitId: 'ps' })?.id).toBe('ps');
    expect(effectiveUnit([...units], { city: '广州市', unitId: 'ps' })?.id).toBe('gz');
    expect(unitLabel(units[0])).toBe('福田区');
    expect(unitLabel(units[1])).toBe('广州市（全市）');
  });
});

describe('seasonBanner', () => {
  const zone = { slug: 'in-season', name: '当季鲜品', description: '正当季的鲜果与时令产品。' };
  const products = [
    { id: 'm', name: '百色芒果', saleMonths: [6, 7, 8, 9] },
    { id: 's', name: '沙糖桔', saleMonths: [11, 12, 1, 2] },
    { id: 'a', name: '昭通苹果', saleMonths: [9, 10, 11, 12, 1] },
  ];
  it('greets the month with its solar terms and what is in season', () => {
    expect(seasonBanner(11, zone, products)).toEqual({
      eyebrow: '11月 · 立冬 小雪', title: '冬季 · 当季鲜品', text: '正当季的鲜果与时令产品。',
      highlights: [{ id: 's', name: '沙糖桔' }, { id: 'a', name: '昭通苹果' }], to: '/zones/in-season',
    });
    expect(seasonBanner(7, zone, products).highlights.map((h) => h.name)).toEqual(['百色芒果']);
  });
  it('still has a banner without the zone', () => {
    expect(seasonBanner(4, undefined, [])).toMatchObject({ eyebrow: '4月 · 清明 谷雨', title: '春季好物', to: '/search?inSeason=true' });
  });
});

describe('firstStockedUnit', () => {
  const sz = [
    { id: 'ba', name: '深圳市宝安区', city: '深圳市', kind: 'DISTRICT' },
    { id: 'ps', name: '深圳市坪山区', city: '深圳市', kind: 'DISTRICT' },
    { id: 'gz', name: '广州市', city: '广州市', kind: 'CITY' },
  ] as const;
  it('starts on a unit whose paired county (or prefecture) has products', () => {
    const pairings = [{ helperUnitId: 'ba', countyCode: '451226' }, { helperUnitId: 'ps', countyCode: '451022' }, { helperUnitId: 'gz', countyCode: '522700' }];
    expect(firstStockedUnit([...sz], '深圳市', pairings, new Set(['451022']))?.id).toBe('ps');
    expect(firstStockedUnit([...sz], '广州市', pairings, new Set(['522701']))?.id).toBe('gz');
    expect(firstStockedUnit([...sz], '深圳市', pairings, new Set(['530602']))?.id).toBe('ba');
  });
});
