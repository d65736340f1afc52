/** The two solar terms (节气) of each month, for the seasonal banner. */
const SOLAR_TERMS = [
  ['小寒', '大寒'], ['立春', '雨水'], ['惊蛰', '春分'], ['清明', '谷雨'], ['立夏', '小满'], ['芒种', '夏至'],
  ['小暑', '大暑'], ['立秋', '处暑'], ['白露', '秋分'], ['寒露', '霜降'], ['立冬', '小雪'], ['大雪', '冬至'],
] as const;

// Seasons begin with 立春, 立夏, 立秋 and 立冬 (February, May, August, November).
const SEASON_NAMES = ['冬', '春', '春', '春', '夏', '夏', '夏', '秋', '秋', '秋', '冬', '冬'];

export interface SeasonBanner {
  /** e.g. 「11月 · 立冬 小雪」 */
  eyebrow: string;
  title: string;
  text: string;
  /** Up to three names of what is in season, for the banner's chips. */
  highlights: { id: string; name: string }[];
  to: string;
}

/**
 * The home page's seasonal banner: the month and its solar terms, the in-season zone's name and
 * description, and the first in-season products. Without a zone it still greets the season.
 */
export function seasonBanner(month: number, zone: { slug: string; name: string; description?: string | null } | undefined,
  products: { id: string; name: string; saleMonths: number[] }[]): SeasonBanner {
  const m = ((month - 1 + 12) % 12) + 1;
  const [a, b] = SOLAR_TERMS[m - 1];
  const highlights = products.filter((p) => p.saleMonths.includes(m)).slice(0, 3).map(({ id, name }) => ({ id, name }));
  return {
    eyebrow: `${m}月 · ${a} ${b}`,
    title: zone ? `${SEASON_NAMES[m - 1]}季 · ${zone.name}` : `${SEASON_NAMES[m - 1]}季好物`,
    text: zone?.description || '产地当季直发，新鲜上市。',
    highlights,
    to: zone ? `/zones/${zone.slug}` : '/search?inSeason=true',
  };
}
