import dayjs from 'dayjs';
import { formatYuan } from '../../supplier-portal/shared/money';

/** ¥1,234.50 from fen; a dash for a missing amount. */
export const yuan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '—' : formatYuan(fen));

export const dateTime = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** 1.256 → "125.6%" (progress may pass 100%). */
export const percent = (ratio: number | null | undefined, digits = 1): string =>
  ratio === null || ratio === undefined ? '—' : `${(ratio * 100).toFixed(digits)}%`;

/** Time left until a deadline, e.g. "5 小时 3 分"; null once it has passed. */
export function timeLeft(deadline: string, now: number): string | null {
  const ms = new Date(deadline).getTime() - now;
  if (!(ms > 0)) return null;
  const minutes = Math.floor(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return `${d} 天 ${h} 小时`;
  if (h > 0) return `${h} 小时 ${m} 分`;
  return `${Math.max(m, 1)} 分钟`;
}

/** Current year in Beijing time, the default quota year. */
export const thisYear = (now = new Date()): number =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));

export const yearOptions = (current = thisYear()) =>
  [current + 1, current, current - 1, current - 2, current - 3].filter((y) => y >= 2019).map((y) => ({ value: y, label: `${y} 年` }));
