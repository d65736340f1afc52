/**
 * Splits `amount` (integer fen) over `weights` in proportion, by largest remainder: the shares are
 * integers and add up exactly to `amount` (a 1000-fen coupon over 3 equal lines → 334, 333, 333).
 */
export function allocate(amount: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (amount <= 0 || total <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (amount * w) / total);
  const shares = raw.map(Math.floor);
  let left = amount - shares.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k].i]++;
  return shares;
}

/**
 * The part of a line amount that belongs to `q` more units after `done` units were already taken,
 * out of `n`: cumulative rounding, so taking all units in any number of steps adds up to `amount`.
 */
export function unitShare(amount: number, n: number, done: number, q: number): number {
  return Math.floor((amount * (done + q)) / n) - Math.floor((amount * done) / n);
}

/** Fen as a yuan string for exports: 12345 → "123.45", −5 → "-0.05". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
