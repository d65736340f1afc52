import { describe, expect, it } from 'vitest';
import { apiQuery, filtersFromParams, parsePrice, withFilter } from './filters';

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

describe('search filters: season, price band, sort', () => {
  it('reads inSeason, a price band and a known sort', () => {
    expect(filtersFromParams(new URLSearchParams('inSeason=true&price=5000-10000&sort=price_asc'))).toEqual({
      inSeason: true, minPriceFen: 5000, maxPriceFen: 10000, sort: 'price_asc', page: 1,
    });
    expect(filtersFromParams(new URLSearchParams('price=20000-&sort=cheapest&inSeason=1'))).toEqual({ minPriceFen: 20000, page: 1 });
  });
  it('parses open and broken price bands', () => {
    expect(parsePrice('-5000')).toEqual({ maxPriceFen: 5000 });
    expect(parsePrice('300-100')).toEqual({});
    expect(parsePrice('abc')).toEqual({});
    expect(parsePrice(null)).toEqual({});
  });
  it('drops the page and empty values from the API query', () => {
    expect(apiQuery({ q: '芒果', page: 3, inSeason: true })).toEqual({ q: '芒果', inSeason: true });
  });
});
