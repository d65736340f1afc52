/** The shop's product query (contract: GET /api/products), kept in the page's URL. */
export const SORTS = ['relevance', 'sales', 'price_asc', 'price_desc', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export interface ProductFilters {
  q?: string;
  countyCode?: string;
  certification?: string;
  category?: string;
  helperUnitId?: string;
  /** Only products whose sale months include this month. */
  inSeason?: boolean;
  minPriceFen?: number;
  maxPriceFen?: number;
  sort?: Sort;
  page: number;
}

export const FILTER_KEYS = ['q', 'countyCode', 'certification', 'category', 'helperUnitId'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number] | 'inSeason' | 'price' | 'sort';

/** Price bands offered as chips; `value` is the URL form `min-max` in fen (either side may be empty). */
export const PRICE_BANDS = [
  { value: '-5000', label: '¥50 以下' },
  { value: '5000-10000', label: '¥50–100' },
  { value: '10000-20000', label: '¥100–200' },
  { value: '20000-', label: '¥200 以上' },
] as const;

const fen = (s: string | undefined) => {
  if (!s || !/^\d{1,9}$/.test(s)) return undefined;
  return Number(s);
};

/** `5000-10000` → {min: 5000, max: 10000}; `-5000` → {max}; `20000-` → {min}; junk → {}. */
export function parsePrice(value: string | null | undefined): { minPriceFen?: number; maxPriceFen?: number } {
  const m = /^(\d*)-(\d*)$/.exec(value ?? '');
  if (!m) return {};
  const minPriceFen = fen(m[1]);
  const maxPriceFen = fen(m[2]);
  if (minPriceFen !== undefined && maxPriceFen !== undefined && minPriceFen > maxPriceFen) return {};
  return { ...(minPriceFen !== undefined && { minPriceFen }), ...(maxPriceFen !== undefined && { maxPriceFen }) };
}

export function filtersFromParams(params: URLSearchParams): ProductFilters {
  const out: ProductFilters = { page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1) };
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) out[k] = v;
  }
  if (params.get('inSeason') === 'true') out.inSeason = true;
  Object.assign(out, parsePrice(params.get('price')));
  const sort = params.get('sort') as Sort | null;
  if (sort && SORTS.includes(sort)) out.sort = sort;
  return out;
}

/** Sets or clears one filter; any change of filter goes back to page 1. */
export function withFilter(params: URLSearchParams, key: FilterKey | 'page', value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  if (key !== 'page') next.delete('page');
  return next;
}

/** The API query for the filters (without paging). */
export function apiQuery(f: ProductFilters) {
  const { page: _page, ...rest } = f;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== '')) as Omit<ProductFilters, 'page'>;
}
