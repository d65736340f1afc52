import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { inspectionPassed, toBatchBody, type BatchValues } from './batchForm';

const base: BatchValues = {
  productId: 'p1', batchNo: ' TD-2026-01 ', harvestDate: dayjs('2026-06-18'), quantity: 500, unit: '公斤', inspected: false,
  certificate: { contactPhone: '0776-5212345', producer: ' ', selfTested: false },
};

describe('toBatchBody', () => {
  it('leaves out empty optional certificate fields and the inspection when not inspected', () => {
    expect(toBatchBody(base)).toEqual({
      productId: 'p1', batchNo: 'TD-2026-01', harvestDate: '2026-06-18', quantity: 500, unit: '公斤', certificate: { contactPhone: '0776-5212345', selfTested: false },
    });
  });

  it('derives the overall conclusion from the items', () => {
    const body = toBatchBody({
      ...base, inspected: true,
      inspection: { lab: '百色市检测中心', testedOn: dayjs('2026-06-18'), items: [{ name: '农药残留', result: '未检出', passed: true }, { name: '重金属', result: '超标', passed: false }] },
    });
    expect(body.inspection).toMatchObject({ testedOn: '2026-06-18', passed: false });
  });
});

describe('inspectionPassed', () => {
  it('needs at least one item and all passed', () => {
    expect(inspectionPassed([])).toBe(false);
    expect(inspectionPassed([{ passed: true }, { passed: true }])).toBe(true);
  });
});
