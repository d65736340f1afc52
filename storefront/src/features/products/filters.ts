/** The shop's product query (contract: GET /api/products), kept in the page's URL. */
export interface ProductFilters {
  q?: string;
  countyCode?: string;
  certification?: string;
  category?: string;
  page: number;
}

export const FILTER_KEYS = ['q', 'countyCode', 'certification', 'category'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function filtersFromParams(params: URLSearchParams): ProductFilters {
  const out: ProductFilters = { page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1) };
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) out[k] = v;
  }
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
