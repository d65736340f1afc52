import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, yuanToFen } from './money';

describe('yuanToFen', () => {
  it('converts without float errors', () => {
    expect(yuanToFen('59.9')).toBe(5990);
    expect(yuanToFen('0.29')).toBe(29); // 0.29 * 100 = 28.999999999999996 in floats
    expect(yuanToFen('1.15')).toBe(115); // 1.15 * 100 = 114.99999999999999
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen(4.35)).toBe(435); // 4.35 * 100 = 434.99999999999994
    expect(yuanToFen('100')).toBe(10000);
    expect(yuanToFen('7.')).toBe(700);
    expect(yuanToFen(' 0.01 ')).toBe(1);
    expect(yuanToFen('1000000.00')).toBe(100_000_000);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '-1', '1,000', '.5', '1e3', null, undefined, NaN, -2, 1e21, Infinity]) {
      expect(yuanToFen(bad as string | number | null | undefined)).toBeNull();
    }
  });
});

describe('fenToYuan', () => {
  it('formats two decimals', () => {
    expect(fenToYuan(5990)).toBe('59.90');
    expect(fenToYuan(1)).toBe('0.01');
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(-250)).toBe('-2.50');
    expect(fenToYuan(100_000_000)).toBe('1000000.00');
  });

  it('round-trips every fen value in a range', () => {
    for (let fen = 0; fen < 20_000; fen += 7) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });

  it('refuses fractional fen', () => {
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });
});

describe('formatYuan', () => {
  it('adds the sign and thousands separators', () => {
    expect(formatYuan(123450)).toBe('¥1,234.50');
    expect(formatYuan(5990)).toBe('¥59.90');
    expect(formatYuan(100_000_000)).toBe('¥1,000,000.00');
  });
});
