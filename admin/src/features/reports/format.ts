import { formatFen } from '../../lib/money';

/** `¥1,234.50` — the back office's money format. */
export const yuan = formatFen;

/** Fen → yuan as a number, for chart axes. */
export const fenAsYuan = (fen: number): number => Math.round(fen) / 100;

export const int = (n: number): string => (Number.isFinite(n) ? n.toLocaleString('zh-CN') : '—');

/** 0.8765 → `87.7%`; null → `—` (nothing sold). */
export const percent = (share: number | null): string => (share === null || !Number.isFinite(share) ? '—' : `${(share * 100).toFixed(1)}%`);

/** Traffic-light colour of a coverage share. */
export const coverageColor = (share: number | null): string | undefined =>
  share === null ? undefined : share >= 0.9 ? 'green' : share >= 0.6 ? 'orange' : 'red';
