import { describe, expect, it } from 'vitest';
import { activeFilters } from './filter-summary';
import { suggestionTarget } from './suggest';

describe('activeFilters', () => {
  it('names each filter in force so it can be removed', () => {
    expect(activeFilters({ q: '芒果', certification: 'ZHENPIN', inSeason: true, minPriceFen: 5000, maxPriceFen: 10000, countyCode: '451022', page: 1 },
      { county: '广西壮族自治区百色市田东县' })).toEqual([
      { key: 'q', label: '关键词「芒果」' },
      { key: 'countyCode', label: '田东县' },
      { key: 'certification', label: '圳品' },
      { key: 'inSeason', label: '当季' },
      { key: 'price', label: '¥50–100' },
    ]);
    expect(activeFilters({ minPriceFen: 3000, page: 1 })).toEqual([{ key: 'price', label: '¥30 以上' }]);
    expect(activeFilters({ helperUnitId: 'x', page: 1 }, { helper: '深圳市坪山区' })).toEqual([{ key: 'helperUnitId', label: '深圳市坪山区结对县' }]);
  });
});

describe('suggestionTarget', () => {
  it('opens products, filters by county or category, else searches the text', () => {
    expect(suggestionTarget({ text: '百色芒果', kind: 'product', productId: 'p1' })).toBe('/products/p1');
    expect(suggestionTarget({ text: '田东县', kind: 'county', countyCode: '451022' })).toBe('/search?countyCode=451022');
    expect(suggestionTarget({ text: '茶叶', kind: 'category', category: 'TEA' })).toBe('/search?category=TEA');
    expect(suggestionTarget({ text: '沙糖桔', kind: 'product' })).toBe('/search?q=%E6%B2%99%E7%B3%96%E6%A1%94');
  });
});
