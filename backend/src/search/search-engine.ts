import { CertificationType } from '../catalog/certification.entity';
import { ProductCategory } from '../catalog/product.entity';

/**
 * One product as both engines store it. Built from the catalog's ShopListing by toSearchDocument();
 * dates are numbers (yyyymmdd, epoch ms) so both engines can filter and sort on them.
 */
export interface SearchDocument {
  id: string;
  name: string;
  category: ProductCategory;
  categoryLabel: string;
  description: string;
  minPriceFen: number;
  coverUrl: string | null;
  saleMonths: number[];
  countyCode: string;
  /** Full name, as the shop shows it (广西壮族自治区百色市田东县). */
  countyName: string;
  countyShort: string;
  cityName: string;
  provinceName: string;
  /** County codes over time, city and province: what a region filter matches. */
  regionCodes: string[];
  /** Facet values as "code|name", so facets need no lookup. */
  countyFacet: string;
  cityFacet: string;
  provinceFacet: string;
  certifications: CertificationType[];
  /** Category and certificate labels as searchable words (水果, 圳品, 地理标志 …). */
  tags: string;
  supplierId: string;
  supplierName: string;
  /** Pinyin and initials of the name and places (see text.ts), space separated. */
  pinyin: string;
  /** Suffixes of the name's Han runs (沙糖桔 糖桔 桔): lets Meilisearch, which only matches word prefixes, match tails. */
  tails: string;
  listedAt: number;
  /** yyyymmdd: last day the product's 消费帮扶产品认定 keeps it in the shop. */
  visibleUntil: number;
  salesCount: number;
}

export type SearchSort = 'relevance' | 'price_asc' | 'price_desc' | 'sales' | 'newest';
export const SEARCH_SORTS: SearchSort[] = ['relevance', 'price_asc', 'price_desc', 'sales', 'newest'];

export interface SearchFilters {
  /** yyyymmdd: only documents with visibleUntil on or after it (always set by the service). */
  visibleOn: number;
  /** A county, city or province code (matches regionCodes). */
  regionCode?: string;
  /** Any of these codes (the counties a helper unit pairs with today); an empty list matches nothing. */
  anyRegionCodes?: string[];
  category?: ProductCategory;
  certification?: CertificationType;
  /** Month 1–12 the product must be on sale in. */
  saleMonth?: number;
  minPriceFen?: number;
  maxPriceFen?: number;
}

export interface SearchRequest {
  q?: string;
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** Whether to count facets (suggestions don't). */
  facets: boolean;
}

export const FACETS = ['category', 'certifications', 'countyFacet', 'cityFacet', 'provinceFacet'] as const;
export type FacetName = (typeof FACETS)[number];

export interface SearchResult {
  hits: SearchDocument[];
  total: number;
  /** Value → count for each facet, over every matching document (before pagination). */
  facets: Record<FacetName, Record<string, number>>;
}

/** Groups of equivalent words (沙糖桔 = 砂糖橘 = 砂糖桔), applied by both engines. */
export type SynonymGroups = string[][];

/**
 * The search engine behind the shop. Two implementations: MemoryEngine (in-process, the embedded
 * default and the one the tests run) and MeiliEngine (Meilisearch, selected by MEILI_HOST).
 */
export interface SearchEngine {
  readonly kind: 'embedded' | 'meilisearch';
  /** Prepares the engine (index settings); called once at start-up. */
  init(synonyms: SynonymGroups): Promise<void>;
  /** Adds or replaces documents by id. */
  index(docs: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(req: SearchRequest): Promise<SearchResult>;
  /** Replaces the whole index with these documents. */
  rebuild(docs: SearchDocument[]): Promise<void>;
  setSynonyms(groups: SynonymGroups): Promise<void>;
  count(): Promise<number>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export const emptyFacets = (): Record<FacetName, Record<string, number>> => ({ category: {}, certifications: {}, countyFacet: {}, cityFacet: {}, provinceFacet: {} });

/** 'YYYY-MM-DD' → yyyymmdd. */
export const dayNumber = (date: string) => Number(date.replaceAll('-', ''));
