import { describe, expect, it } from 'vitest';
import { filtersFromParams, withFilter } from './filters';

describe('filtersFromParams', () => {
  it('reads the contract filters and the page', () => {
    expect(filtersFromParams(new URLSearchParams('q=芒果&countyCode=451022&certification=ZHENPIN&page=2&x=1'))).toEqual({
      q: '芒果',
      countyCode: '451022',
      certification: 'ZHENPIN',
      page: 2,
    });
  });
  it('defaults to page 1 and ignores blanks and bad pages', () => {
    expect(filtersFromParams(new URLSearchParams('q=%20&page=abc'))).toEqual({ page: 1 });
    expect(filtersFromParams(new URLSearchParams('page=-3'))).toEqual({ page: 1 });
  });
});

describe('withFilter', () => {
  it('toggles a filter and resets the page', () => {
    const p = withFilter(new URLSearchParams('category=FRUIT&page=3'), 'certification', 'GI');
    expect(p.toString()).toBe('category=FRUIT&certification=GI');
    expect(withFilter(p, 'category', undefined).toString()).toBe('certification=GI');
  });
  it('keeps the filters when changing the page', () => {
    expect(withFilter(new URLSearchParams('category=TEA'), 'page', '2').toString()).toBe('category=TEA&page=2');
  });
});
