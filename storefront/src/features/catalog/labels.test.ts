import { describe, expect, it } from 'vitest';
import { seasonText, shortCountyName } from './labels';

describe('seasonText', () => {
  it('joins consecutive months', () => {
    expect(seasonText([6, 7, 8, 9])).toBe('6–9月');
    expect(seasonText([9, 6, 8, 7])).toBe('6–9月');
    expect(seasonText([3, 6, 7])).toBe('3月、6–7月');
  });
  it('wraps over the new year', () => {
    expect(seasonText([11, 12, 1, 2])).toBe('11月–次年2月');
  });
  it('handles the whole year and no months', () => {
    expect(seasonText([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('全年');
    expect(seasonText([])).toBe('—');
  });
});

describe('shortCountyName', () => {
  it('keeps only the county part', () => {
    expect(shortCountyName('广西壮族自治区百色市田东县')).toBe('田东县');
    expect(shortCountyName('贵州省黔南布依族苗族自治州都匀市')).toBe('都匀市');
    expect(shortCountyName('广西壮族自治区河池市巴马瑶族自治县')).toBe('巴马瑶族自治县');
    expect(shortCountyName('云南省昭通市昭阳区')).toBe('昭阳区');
    expect(shortCountyName('田东县')).toBe('田东县');
  });
});
