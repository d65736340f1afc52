/**
 * Money is integer fen (分) in the API. Prices are typed in 元 with at most two decimals; these
 * helpers convert by string arithmetic so 0.1 + 0.2-style float errors can never creep in.
 */
const YUAN = /^(\d{1,9})(?:\.(\d{0,2}))?$/;

/** "59.9" → 5990; null when the text is not a non-negative amount with at most two decimals. */
export function yuanToFen(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  const text = typeof input === 'number' ? numberText(input) : input.trim();
  if (text === null) return null;
  const m = YUAN.exec(text);
  if (!m) return null;
  const cents = (m[2] ?? '').padEnd(2, '0');
  return Number(m[1]) * 100 + Number(cents);
}

/** 5990 → "59.90" (no currency sign); negative amounts keep their sign. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be an integer, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 123450 → "¥1,234.50" (the back office's one money format). */
export { formatFen as formatYuan } from '../../../lib/money';

/** A finite JS number as plain decimal text ("1e21" and NaN are refused). */
function numberText(n: number): string | null {
  if (!Number.isFinite(n) || n < 0) return null;
  const s = String(n);
  return /e/i.test(s) ? null : s;
}
