/**
 * Prices are integer fen in the API. `formatFen(5990)` → `¥59.90`; never goes through floating
 * point division, so 0.1 + 0.2 style errors cannot show up in a price.
 */
export function fenToYuan(fen: number): string {
  if (!Number.isFinite(fen)) return '—';
  const n = Math.round(fen);
  const abs = Math.abs(n);
  return `${n < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const formatFen = (fen: number): string => (Number.isFinite(fen) ? `¥${fenToYuan(fen)}` : '—');
