import type { Settings } from 'meilisearch';
import { FACETS, SearchFilters, SearchRequest, SynonymGroups } from './search-engine';

/** Han-text attributes, segmented as Chinese (`cmn`) rather than by Meilisearch's language guess. */
const CHINESE_ATTRIBUTES = ['name', 'tails', 'countyShort', 'cityName', 'provinceName', 'tags', 'supplierName', 'description'];

/** Meilisearch synonyms are directed: each member of a group maps to all the others. */
export function meiliSynonyms(groups: SynonymGroups): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    for (const term of terms) out[term] = [...new Set([...(out[term] ?? []), ...terms.filter((t) => t !== term)])];
  }
  return out;
}

/** The index settings; attribute order is the relevance order of the `attribute` ranking rule. */
export function meiliSettings(groups: SynonymGroups): Settings {
  return {
    searchableAttributes: ['name', 'tails', 'pinyin', 'countyShort', 'cityName', 'provinceName', 'tags', 'supplierName', 'description'],
    filterableAttributes: ['regionCodes', 'category', 'certifications', 'saleMonths', 'minPriceFen', 'visibleUntil', 'supplierId', 'countyFacet', 'cityFacet', 'provinceFacet'],
    sortableAttributes: ['minPriceFen', 'salesCount', 'listedAt'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    synonyms: meiliSynonyms(groups),
    localizedAttributes: [{ attributePatterns: CHINESE_ATTRIBUTES, locales: ['cmn'] }],
    // Pinyin is made of syllables a typo would turn into another product's name.
    typoTolerance: { disableOnAttributes: ['pinyin'] },
    pagination: { maxTotalHits: 20_000 },
    faceting: { maxValuesPerFacet: 300 },
  };
}

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The filter expression (AND of the parts) for a request's filters. */
export function meiliFilter(f: SearchFilters): string[] {
  const parts = [`visibleUntil >= ${Math.trunc(f.visibleOn)}`];
  if (f.regionCode) parts.push(`regionCodes = ${quote(f.regionCode)}`);
  if (f.anyRegionCodes) parts.push(f.anyRegionCodes.length ? `regionCodes IN [${f.anyRegionCodes.map(quote).join(', ')}]` : 'regionCodes IS EMPTY');
  if (f.category) parts.push(`category = ${quote(f.category)}`);
  if (f.certification) parts.push(`certifications = ${quote(f.certification)}`);
  if (f.saleMonth) parts.push(`saleMonths = ${Math.trunc(f.saleMonth)}`);
  if (f.minPriceFen !== undefined) parts.push(`minPriceFen >= ${Math.trunc(f.minPriceFen)}`);
  if (f.maxPriceFen !== undefined) parts.push(`minPriceFen <= ${Math.trunc(f.maxPriceFen)}`);
  return parts;
}

export function meiliSort(req: SearchRequest): string[] | undefined {
  switch (req.sort) {
    case 'price_asc':
      return ['minPriceFen:asc', 'listedAt:desc'];
    case 'price_desc':
      return ['minPriceFen:desc', 'listedAt:desc'];
    case 'sales':
      return ['salesCount:desc', 'listedAt:desc'];
    case 'newest':
      return ['listedAt:desc'];
    case 'relevance':
      // Without words to rank by, relevance is "newest first", as in the in-process engine.
      return req.q?.trim() ? undefined : ['listedAt:desc'];
  }
}

/** The body of POST /indexes/products/search for a request (exhaustive totals: page/hitsPerPage). */
export function meiliSearchParams(req: SearchRequest) {
  return {
    filter: meiliFilter(req.filters),
    sort: meiliSort(req),
    facets: req.facets ? [...FACETS] : undefined,
    page: Math.floor(req.offset / req.limit) + 1,
    hitsPerPage: req.limit,
  };
}
