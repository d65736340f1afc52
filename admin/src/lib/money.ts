/** Prices are integer fen in the API; the admin shows yuan with two decimals. */
export function fenToYuan(fen: number): string {
  if (!Number.isFinite(fen)) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `¥12.50` */
export const formatFen = (fen: number): string => (Number.isFinite(fen) ? `¥${fenToYuan(fen)}` : '—');
