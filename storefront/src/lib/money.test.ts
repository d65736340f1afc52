import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen } from './money';

describe('formatFen', () => {
  it('shows yuan with two decimals', () => {
    expect(formatFen(5990)).toBe('¥59.90');
    expect(formatFen(1)).toBe('¥0.01');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(100000000)).toBe('¥1000000.00');
  });
  it('handles negatives and missing prices', () => {
    expect(fenToYuan(-205)).toBe('-2.05');
    expect(formatFen(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatFen(Number.NaN)).toBe('—');
  });
});
