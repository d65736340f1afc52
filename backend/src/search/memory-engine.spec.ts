import { CertificationType } from '../catalog/certification.entity';
import { ProductCategory } from '../catalog/product.entity';
import { MemoryEngine } from './memory-engine';
import { SearchDocument, SearchRequest } from './search-engine';
import { expandQuery } from './synonym-expansion';
import { indexTokens, pinyinTokens, queryTerms } from './text';

const doc = (id: string, name: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  name,
  category: ProductCategory.OTHER,
  categoryLabel: '其他',
  description: '',
  minPriceFen: 100,
  coverUrl: null,
  saleMonths: [1],
  countyCode: '451022',
  countyName: '田东县',
  countyShort: '田东县',
  cityName: '百色市',
  provinceName: '广西壮族自治区',
  regionCodes: ['451022', '451000', '450000'],
  countyFacet: '451022|田东县',
  cityFacet: '451000|百色市',
  provinceFacet: '450000|广西壮族自治区',
  certifications: [CertificationType.ASSISTANCE],
  tags: '其他',
  supplierId: 's',
  supplierName: '',
  pinyin: pinyinTokens(name).join(' '),
  tails: '',
  listedAt: 1,
  visibleUntil: 20991231,
  salesCount: 0,
  ...extra,
});

const req = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({ q, filters: { visibleOn: 20260101 }, sort: 'relevance', offset: 0, limit: 10, facets: true, ...extra });

describe('in-process engine', () => {
  it('tokenises Han runs into suffixes and pinyin into suffixes and initials', () => {
    expect(indexTokens('田阳沙糖桔 5斤')).toEqual(['田阳沙糖桔', '阳沙糖桔', '沙糖桔', '糖桔', '桔', '5', '斤']);
    expect(queryTerms('百色mangguo 芒果')).toEqual(['百色', 'mangguo', '芒果']);
    expect(pinyinTokens('百色芒果')).toEqual(expect.arrayContaining(['baisemangguo', 'mangguo', 'guo', 'bsmg', 'mg']));
    expect(pinyinTokens('都匀毛尖')).toContain('duyunmaojian');
  });

  it('matches the tail of a word, which a prefix-only engine misses', async () => {
    const e = new MemoryEngine();
    await e.rebuild([doc('1', '待处理订单'), doc('2', '处理器'), doc('3', '田阳沙糖桔')]);
    expect((await e.search(req('处理'))).hits.map((h) => h.id).sort()).toEqual(['1', '2']);
    expect((await e.search(req('桔'))).hits.map((h) => h.id)).toEqual(['3']);
    expect((await e.search(req('理订'))).hits.map((h) => h.id)).toEqual(['1']);
  });

  it('applies synonyms, filters before scoring, and keeps index and removals consistent', async () => {
    const e = new MemoryEngine();
    await e.init([['砂糖橘', '沙糖桔']]);
    await e.rebuild([doc('1', '田阳沙糖桔'), doc('2', '沙糖桔干', { visibleUntil: 20200101 }), doc('3', '芒果', { minPriceFen: 50 })]);
    expect((await e.search(req('砂糖橘'))).hits.map((h) => h.id)).toEqual(['1']);
    expect((await e.search(req('', { filters: { visibleOn: 20260101, maxPriceFen: 60 } }))).hits.map((h) => h.id)).toEqual(['3']);
    await e.index([doc('3', '百色芒果')]);
    expect(await e.count()).toBe(3);
    expect((await e.search(req('bsmg'))).hits.map((h) => h.id)).toEqual(['3']);
    await e.remove(['3', 'unknown']);
    expect(await e.count()).toBe(2);
    expect((await e.search(req('芒果'))).total).toBe(0);
    await e.setSynonyms([]);
    expect((await e.search(req('砂糖橘'))).total).toBe(0);
  });

  it('adds to the text index in name order but keeps catalog order for ties, and maps hits back after changes', async () => {
    const e = new MemoryEngine();
    // Name order (田 < 百 < 芒) is the reverse of catalog order; 百色芒果 and 田东芒果 score the same.
    await e.rebuild([doc('1', '芒果干 礼盒'), doc('2', '百色芒果'), doc('3', '田东芒果', { category: ProductCategory.FRUIT })]);
    const first = await e.search(req('芒果'));
    expect(first.hits.map((h) => h.id)).toEqual(['2', '3', '1']);
    expect(first.facets.category).toEqual({ OTHER: 2, FRUIT: 1 });
    expect((await e.search(req('芒果', { sort: 'price_desc', offset: 1, limit: 1 }))).hits.map((h) => h.id)).toEqual(['2']);
    await e.index([doc('4', '芒果')]);
    await e.remove(['2']);
    const after = await e.search(req('mangguo'));
    expect(after.hits[0].id).toBe('4');
    expect(after.hits.map((h) => h.id).sort()).toEqual(['1', '3', '4']);
    expect(after.total).toBe(3);
  });

  it('rewrites queries by synonym groups, longest members first', () => {
    expect(expandQuery('砂糖橘', [['沙糖桔', '砂糖橘'], ['桔', '橘']])).toEqual(['砂糖橘', '沙糖桔', '砂糖桔', '沙糖橘']);
    expect(expandQuery('苹果', [['桔', '橘']])).toEqual(['苹果']);
  });
});
