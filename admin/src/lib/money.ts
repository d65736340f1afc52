/** Prices are integer fen in the API; the admin shows yuan with two decimals. */
export function fenToYuan(fen: number): string {
  if (!Number.isFinite(fen)) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * `¥12.50`, `¥1,234.50`: the one money format of the back office (thousands grouped, as the reports,
 * agency and supplier pages have always shown it).
 */
export function formatFen(fen: number): string {
  if (!Number.isFinite(fen)) return '—';
  const [int, dec] = fenToYuan(fen).split('.');
  return `¥${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}
