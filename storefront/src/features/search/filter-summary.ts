import { CATEGORY_LABELS } from '@bangfu/api-client';
import { CERTIFICATION_BADGES, shortCountyName } from '../catalog/labels';
import { PRICE_BANDS, type FilterKey, type ProductFilters } from '../products/filters';

export interface ActiveFilter {
  key: FilterKey;
  label: string;
}

const fenText = (fen: number) => `¥${Math.round(fen / 100)}`;

/**
 * The filters in force, each as something the user can remove ("去掉「圳品」"); the empty state
 * offers these. Names come from what the page knows (facets, helper units), else a neutral label.
 */
export function activeFilters(f: ProductFilters, names: { county?: string; helper?: string } = {}): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  if (f.q) out.push({ key: 'q', label: `关键词「${f.q}」` });
  if (f.countyCode) out.push({ key: 'countyCode', label: names.county ? shortCountyName(names.county) : `产地 ${f.countyCode}` });
  if (f.certification) out.push({ key: 'certification', label: CERTIFICATION_BADGES[f.certification] ?? f.certification });
  if (f.category) out.push({ key: 'category', label: CATEGORY_LABELS[f.category] ?? f.category });
  if (f.helperUnitId) out.push({ key: 'helperUnitId', label: names.helper ? `${names.helper}结对县` : '结对县' });
  if (f.inSeason) out.push({ key: 'inSeason', label: '当季' });
  if (f.minPriceFen !== undefined || f.maxPriceFen !== undefined) {
    const band = PRICE_BANDS.find((b) => b.value === `${f.minPriceFen ?? ''}-${f.maxPriceFen ?? ''}`);
    const label = band?.label
      ?? (f.minPriceFen !== undefined && f.maxPriceFen !== undefined ? `${fenText(f.minPriceFen)}–${fenText(f.maxPriceFen).slice(1)}`
        : f.minPriceFen !== undefined ? `${fenText(f.minPriceFen)} 以上` : `${fenText(f.maxPriceFen!)} 以下`);
    out.push({ key: 'price', label });
  }
  return out;
}
