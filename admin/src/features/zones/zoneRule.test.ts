import { describe, expect, it } from 'vitest';
import { cleanRule, ruleSummary } from './zoneRule';

describe('ruleSummary', () => {
  it('describes every part of a rule in Chinese', () => {
    expect(
      ruleSummary(
        { countyCodes: ['451022'], certificationTypes: ['ZHENPIN'], categories: ['FRUIT'], inSeason: true, keywords: ['芒果'] },
        { county: (c) => (c === '451022' ? '田东县' : undefined) },
      ),
    ).toBe('县：田东县；认证：圳品；类目：水果；当季；关键词：芒果');
  });
  it('says an empty rule shows everything', () => {
    expect(ruleSummary({})).toBe('全部在售商品');
    expect(ruleSummary(null)).toBe('—');
  });
});

describe('cleanRule', () => {
  it('drops empty parts and trims keywords', () => {
    expect(cleanRule({ countyCodes: [], helperUnitId: undefined, inSeason: false, keywords: [' 芒果 ', '', '芒果'] })).toEqual({ keywords: ['芒果'] });
  });
});
