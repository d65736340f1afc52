import type { Suggestion } from './api';

const KIND_LABELS: Record<Suggestion['kind'], string> = { product: '商品', county: '产地', category: '类目' };
export const suggestionKind = (s: Suggestion) => KIND_LABELS[s.kind] ?? '';

/** Where picking a suggestion leads: a product's page, or the search filtered by county or category. */
export function suggestionTarget(s: Suggestion): string {
  if (s.kind === 'product' && s.productId) return `/products/${s.productId}`;
  if (s.kind === 'county' && s.countyCode) return `/search?countyCode=${encodeURIComponent(s.countyCode)}`;
  if (s.kind === 'category' && s.category) return `/search?category=${encodeURIComponent(s.category)}`;
  return `/search?q=${encodeURIComponent(s.text)}`;
}
