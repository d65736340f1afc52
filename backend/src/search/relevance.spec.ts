import { startTestApp, TestApp } from '../testing/test-app';

/**
 * The relevance suite: Chinese, pinyin and mixed queries against the demo catalog (in-process
 * engine, through GET /api/products), each with the product(s) expected at the top.
 * `top` lists names that must fill the first places (in any order); `first` is the exact first.
 */
interface Case {
  q: string;
  first?: string;
  top?: string[];
  none?: true;
}

const TAINONG = '百色芒果 台农一号';
const GUIQI = '百色芒果 桂七香芒';
const DRIED = '田东芒果干';
const ORANGE = '田阳沙糖桔';
const OIL = '巴马火麻油';
const BACON = '巴马香猪腊肉';
const APPLE = '昭通苹果 高原红富士';
const TEA = '都匀毛尖 明前特级';

const CASES: Case[] = [
  // Chinese words, and the tails of words (the case Meilisearch misses).
  { q: '芒果', top: [TAINONG, GUIQI, DRIED] },
  { q: '桔', first: ORANGE },
  { q: '糖桔', first: ORANGE },
  { q: '沙糖桔', first: ORANGE },
  { q: '苹果', first: APPLE },
  { q: '富士', first: APPLE },
  { q: '毛尖', first: TEA },
  { q: '麻油', first: OIL },
  { q: '火麻油', first: OIL },
  { q: '腊肉', first: BACON },
  { q: '香猪', first: BACON },
  { q: '芒果干', first: DRIED },
  { q: '台农', first: TAINONG },
  { q: '桂七', first: GUIQI },
  { q: '香芒', first: GUIQI },
  // Synonyms (operators' data): 砂糖橘 = 沙糖桔, 橘 = 桔, 柑 = 桔, 杧果 = 芒果.
  { q: '砂糖橘', first: ORANGE },
  { q: '橘', first: ORANGE },
  { q: '柑', first: ORANGE },
  { q: '杧果', top: [TAINONG, GUIQI, DRIED] },
  // Places: county, city, prefecture names.
  { q: '田东县', top: [TAINONG, GUIQI, DRIED] },
  { q: '田阳', first: ORANGE },
  { q: '巴马', top: [OIL, BACON] },
  { q: '昭阳区', first: APPLE },
  { q: '黔南', first: TEA },
  { q: '都匀', first: TEA },
  // Certifications and categories.
  { q: '圳品', top: [TAINONG, OIL] },
  { q: '有机', first: TEA },
  { q: '绿色食品', first: ORANGE },
  { q: '茶叶', first: TEA },
  { q: '粮油', first: OIL },
  // Pinyin: full, spaced syllables, initials.
  { q: 'mangguo', top: [TAINONG, GUIQI] },
  { q: 'mang guo', top: [TAINONG, GUIQI, DRIED] },
  { q: 'bsmg', top: [TAINONG, GUIQI] },
  { q: 'shatangju', first: ORANGE },
  { q: 'stj', first: ORANGE },
  { q: 'duyun maojian', first: TEA },
  { q: 'dymj', first: TEA },
  { q: 'huomayou', first: OIL },
  { q: 'bama', top: [OIL, BACON] },
  { q: 'pingguo', first: APPLE },
  { q: 'zhaotong', first: APPLE },
  { q: 'larou', first: BACON },
  { q: 'tiandong', top: [TAINONG, GUIQI, DRIED] },
  { q: 'ＭＡＮＧＧＵＯ', top: [TAINONG, GUIQI] },
  // Mixed Chinese and pinyin.
  { q: '百色 mangguo', top: [TAINONG, GUIQI] },
  { q: '巴马 larou', first: BACON },
  { q: '都匀 mj', first: TEA },
  { q: 'tianyang 沙糖桔', first: ORANGE },
  { q: '昭通 pg', first: APPLE },
  { q: '芒果 gq', first: GUIQI },
  // Nothing to find.
  { q: '榴莲', none: true },
  { q: 'xyzq', none: true },
];

describe('search relevance on the demo catalog (in-process engine)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has at least 30 queries', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it.each(CASES)('$q', async (c) => {
    const res = await t.http().get('/api/products').query({ q: c.q }).expect(200);
    const names = (res.body.items as { name: string }[]).map((i) => i.name);
    if (c.none) expect(names).toEqual([]);
    if (c.first) expect(names[0]).toBe(c.first);
    if (c.top) expect(names.slice(0, c.top.length).sort()).toEqual([...c.top].sort());
  });
});
