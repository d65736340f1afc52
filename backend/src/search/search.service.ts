import { Inject, Injectable, Logger } from '@nestjs/common';
import { CERTIFICATION_LABELS, CertificationType } from '../catalog/certification.entity';
import { CATEGORY_LABELS, ProductCategory } from '../catalog/product.entity';
import { ShopListings } from '../catalog/shop-listings.service';
import { ProductSummaryView } from '../catalog/views';
import { todayInShanghai } from '../common/validators';
import { PairingsService } from '../regions/pairings.service';
import { RegionsService } from '../regions/regions.service';
import { FacetCount, ProductPage, ProductQuery, Suggestion } from './dto';
import { dayNumber, SEARCH_ENGINE, SearchDocument, SearchEngine, SearchFilters, SearchRequest, SearchResult } from './search-engine';
import { normalize } from './text';

const SUGGESTIONS = 8;

/** Month (1–12) in Asia/Shanghai. */
export const monthInShanghai = (now = new Date()) => Number(todayInShanghai(now).slice(5, 7));

/**
 * The shop's product lists and search, served by whichever engine runs. Before answering, the
 * hits of the page are checked against the catalog (ShopListings.visibleAmong): a product that
 * left the shop without its event reaching the index (a missed event, a database edited by hand)
 * is dropped from the answer and from the index, so the visibility rule holds at query time.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly listings: ShopListings,
    private readonly pairings: PairingsService,
    private readonly regions: RegionsService,
  ) {}

  async products(q: ProductQuery): Promise<ProductPage> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const filters = await this.filters(q);
    const result = await this.checked({
      q: q.q,
      filters,
      sort: q.sort ?? (q.q?.trim() ? 'relevance' : 'newest'),
      offset: (page - 1) * pageSize,
      limit: pageSize,
      facets: true,
    });
    return { items: result.hits.map(summary), total: result.total, page, pageSize, facets: facetsView(result) };
  }

  /** Suggestions as the user types: matching products' names, their counties and categories. */
  async suggest(input: string): Promise<Suggestion[]> {
    const q = input.trim();
    if (!q) return [];
    const result = await this.checked({ q, filters: { visibleOn: dayNumber(todayInShanghai()) }, sort: 'relevance', offset: 0, limit: 20, facets: false });
    const typed = normalize(q);
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    const add = (s: Suggestion) => {
      if (!seen.has(s.text) && out.length < SUGGESTIONS) {
        seen.add(s.text);
        out.push(s);
      }
    };
    for (const d of result.hits) {
      if (d.countyShort.includes(typed) || d.cityName.includes(typed)) add({ text: d.countyShort, kind: 'county', countyCode: d.countyCode });
      if (d.categoryLabel.includes(typed)) add({ text: d.categoryLabel, kind: 'category', category: d.category });
    }
    for (const d of result.hits) add({ text: d.name, kind: 'product', productId: d.id });
    return out;
  }

  private async filters(q: ProductQuery): Promise<SearchFilters> {
    const today = todayInShanghai();
    return {
      visibleOn: dayNumber(today),
      regionCode: q.countyCode,
      anyRegionCodes: q.helperUnitId ? await this.pairedCodes(q.helperUnitId, today) : undefined,
      category: q.category,
      certification: q.certification,
      saleMonth: q.inSeason ? monthInShanghai() : undefined,
      minPriceFen: q.minPriceFen,
      maxPriceFen: q.maxPriceFen,
    };
  }

  /**
   * The codes of the counties a helper unit pairs with today, asked at query time so a pairing that
   * starts or ends applies at once. A pairing may name an old code (田阳县) or a whole prefecture
   * (黔南州): documents carry their county's codes over time and their city's code, so both match.
   */
  private async pairedCodes(helperUnitId: string, today: string): Promise<string[]> {
    const pairings = await this.pairings.countiesOf(helperUnitId, today);
    const codes = new Set<string>();
    for (const p of pairings) for (const c of await this.regions.codeChain(p.countyCode)) codes.add(c);
    return [...codes];
  }

  /** Runs the search and drops hits the catalog no longer shows (removing them from the index). */
  private async checked(req: SearchRequest): Promise<SearchResult> {
    const result = await this.engine.search(req);
    if (!result.hits.length) return result;
    const visible = await this.listings.visibleAmong(result.hits.map((h) => h.id));
    const stale = result.hits.filter((h) => !visible.has(h.id)).map((h) => h.id);
    if (!stale.length) return result;
    this.logger.warn({ stale }, 'search hits no longer in the shop: removed from the index');
    await this.engine.remove(stale).catch((err) => this.logger.error({ err }, 'could not remove stale documents'));
    return { ...result, hits: result.hits.filter((h) => visible.has(h.id)), total: Math.max(0, result.total - stale.length) };
  }
}

function summary(d: SearchDocument): ProductSummaryView {
  return {
    id: d.id,
    name: d.name,
    category: d.category,
    minPriceFen: d.minPriceFen,
    coverUrl: d.coverUrl,
    saleMonths: d.saleMonths,
    county: { code: d.countyCode, name: d.countyName },
    certifications: d.certifications,
    supplier: { id: d.supplierId, name: d.supplierName },
  };
}

function facetList(counts: Record<string, number>, label: (value: string) => [string, string]): FacetCount[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([raw, count]) => {
      const [value, name] = label(raw);
      return { value, label: name, count };
    })
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

const codeAndName = (raw: string): [string, string] => {
  const i = raw.indexOf('|');
  return i < 0 ? [raw, raw] : [raw.slice(0, i), raw.slice(i + 1)];
};

function facetsView(r: SearchResult) {
  return {
    category: facetList(r.facets.category, (v) => [v, CATEGORY_LABELS[v as ProductCategory] ?? v]),
    certification: facetList(r.facets.certifications, (v) => [v, CERTIFICATION_LABELS[v as CertificationType] ?? v]),
    county: facetList(r.facets.countyFacet, codeAndName),
    city: facetList(r.facets.cityFacet, codeAndName),
    province: facetList(r.facets.provinceFacet, codeAndName),
  };
}
