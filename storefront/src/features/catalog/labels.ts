/** Chinese names for the catalog's enums, and the sale-season text. */
/** Short badge text for product cards. */
export const CERTIFICATION_BADGES: Record<string, string> = {
  ASSISTANCE: '帮扶认定',
  ZHENPIN: '圳品',
  GREEN: '绿色',
  ORGANIC: '有机',
  GI: '地标',
  COMPLIANCE: '合格证',
};

export { CATEGORY_LABELS, CERTIFICATION_LABELS, STORAGE_LABELS } from '@bangfu/api-client';

/**
 * Sale months as text, joining consecutive months and wrapping over the new year:
 * [6,7,8,9] → 「6–9月」, [11,12,1,2] → 「11月–次年2月」, [1..12] → 「全年」.
 */
export function seasonText(months: number[]): string {
  const set = [...new Set(months.filter((m) => m >= 1 && m <= 12))].sort((a, b) => a - b);
  if (!set.length) return '—';
  if (set.length === 12) return '全年';
  const prev = (m: number) => (m === 1 ? 12 : m - 1);
  const next = (m: number) => (m === 12 ? 1 : m + 1);
  const runs: string[] = [];
  // A run starts at a month whose previous month (cyclically) is not a sale month.
  for (const start of set.filter((m) => !set.includes(prev(m)))) {
    let end = start;
    while (set.includes(next(end))) end = next(end);
    if (end === start) runs.push(`${start}月`);
    else if (end > start) runs.push(`${start}–${end}月`);
    else runs.push(`${start}月–次年${end}月`);
  }
  return runs.join('、');
}

/** Whether a product is in season in the given month (1–12). */
export const inSeason = (months: number[], month: number) => months.includes(month);

const DIVISION_SUFFIXES = ['自治区', '自治州', '地区', '省', '盟', '州', '市'];

/**
 * The county part of a full division name, for small spaces:
 * 「广西壮族自治区百色市田东县」→「田东县」, 「贵州省黔南布依族苗族自治州都匀市」→「都匀市」.
 */
export function shortCountyName(full: string): string {
  let cut = 0;
  for (const s of DIVISION_SUFFIXES) {
    const i = full.lastIndexOf(s, full.length - s.length - 1);
    if (i >= 0 && i + s.length > cut && i + s.length < full.length) cut = i + s.length;
  }
  return full.slice(cut) || full;
}
