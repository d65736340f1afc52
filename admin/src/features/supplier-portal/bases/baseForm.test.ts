import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { baseErrorRename, toBaseBody, type BaseValues } from './baseForm';

describe('toBaseBody', () => {
  it('formats dates and trims', () => {
    const v: BaseValues = {
      name: ' 祥周镇芒果基地 ', countyCode: '451022', township: '祥周镇', latitude: 23.597389, longitude: 107.089211, areaMu: 1250.5,
      baseType: 'PLANTING', products: ['百色芒果', ' '], soilTestedOn: dayjs('2025-03-12'), waterTestedOn: null,
      certifications: [{ type: 'GONGSHEN', number: 'GSJD-1', period: [dayjs('2023-06-01'), dayjs('2026-05-31')] }],
    };
    expect(toBaseBody(v)).toEqual({
      name: '祥周镇芒果基地', countyCode: '451022', township: '祥周镇', latitude: 23.597389, longitude: 107.089211, areaMu: 1250.5,
      baseType: 'PLANTING', products: ['百色芒果'], soilTestedOn: '2025-03-12',
      certifications: [{ type: 'GONGSHEN', number: 'GSJD-1', validFrom: '2023-06-01', validTo: '2026-05-31' }],
    });
  });
});

describe('baseErrorRename', () => {
  it('points certificate date errors at the range picker', () => {
    expect(baseErrorRename({ 'certifications.1.validTo': 'x', name: 'y' })).toEqual({ 'certifications.1.validTo': 'certifications.1.period' });
  });
});
