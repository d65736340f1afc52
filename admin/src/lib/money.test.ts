import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen } from './money';

describe('fenToYuan', () => {
  it('formats integer fen as yuan with two decimals', () => {
    expect(fenToYuan(5990)).toBe('59.90');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(123456789)).toBe('1234567.89');
    expect(fenToYuan(-150)).toBe('-1.50');
  });
  it('marks missing values', () => {
    expect(formatFen(Number.NaN)).toBe('—');
    expect(formatFen(100)).toBe('¥1.00');
    expect(formatFen(210420)).toBe('¥2,104.20');
    expect(formatFen(-123456789)).toBe('¥-1,234,567.89');
  });
});
