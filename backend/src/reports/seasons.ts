import { ProductCategory } from '../catalog/product.entity';
import { Season } from './sales-fact.entity';

/**
 * Which fruit season a product's sales belong to, for the seasonal view. Only fresh fruit (category
 * FRUIT) counts — 芒果干 is processed and sells all year — and the name decides the fruit:
 * 芒果/香芒/芒 (百色芒果, 桂七香芒) for the mango season, 沙糖桔 and its usual spellings (砂糖橘, 砂糖桔,
 * 沙糖橘) for the sugar-orange season.
 */
const MANGO = /芒/u;
const SUGAR_ORANGE = /[沙砂]糖[桔橘]/u;

export function seasonOf(category: ProductCategory | string, productName: string): Season | null {
  if (category !== ProductCategory.FRUIT) return null;
  if (SUGAR_ORANGE.test(productName)) return Season.SUGAR_ORANGE;
  if (MANGO.test(productName)) return Season.MANGO;
  return null;
}

/** The months of a season that starts in `year`: mango 6–9 of the year; sugar orange 11–12 of the year and 1–2 of the next. */
export function seasonMonths(season: Season, year: number): string[] {
  const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  return season === Season.MANGO ? [6, 7, 8, 9].map((m) => ym(year, m)) : [ym(year, 11), ym(year, 12), ym(year + 1, 1), ym(year + 1, 2)];
}

export const SEASON_LABELS: Record<Season, string> = { MANGO: '芒果季（6–9月）', SUGAR_ORANGE: '沙糖桔季（11月–次年2月）' };
