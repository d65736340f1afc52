import MiniSearch, { Query, SearchOptions } from 'minisearch';
import { Columns } from './memory-columns';
import { emptyFacets, SearchDocument, SearchEngine, SearchFilters, SearchRequest, SearchResult, SearchSort, SynonymGroups } from './search-engine';
import { expandQuery } from './synonym-expansion';
import { CertificationType, CERTIFICATION_LABELS } from '../catalog/certification.entity';
import { CATEGORY_LABELS, ProductCategory } from '../catalog/product.entity';
import { indexTokens, queryTerms, runs } from './text';

const CERT_WORDS = new Map<string, CertificationType>([
  ...Object.entries(CERTIFICATION_LABELS).map(([type, label]) => [label, type as CertificationType] as const),
  ['消费帮扶', CertificationType.ASSISTANCE],
  ['绿色', CertificationType.GREEN],
  ['有机', CertificationType.ORGANIC],
  ['地理标志农产品', CertificationType.GI],
  ['合格证', CertificationType.COMPLIANCE],
]);
const CATEGORY_WORDS = new Map<string, ProductCategory>([
  ...Object.entries(CATEGORY_LABELS).map(([c, label]) => [label, c as ProductCategory] as const),
  ['干货', ProductCategory.DRIED],
  ['茶', ProductCategory.TEA],
]);

const FIELDS = ['name', 'pinyin', 'meta', 'supplier'] as const;
type Field = (typeof FIELDS)[number];

/** Field weights: the name counts most, then pinyin, then place and labels, then the co-op's name. */
const BOOST: Record<Field, number> = { name: 5, pinyin: 3, meta: 2, supplier: 1 };

/**
 * What each field indexes. The description is not indexed here (Meilisearch indexes it): its
 * suffix tokens would double the index for little gain in a shop searched by product and place.
 * The co-op's name is indexed by whole runs only (found by its beginning: 巴马…), not by suffixes.
 */
function fieldText(doc: SearchDocument, field: Field): string {
  switch (field) {
    case 'name':
      return doc.name;
    case 'pinyin':
      return doc.pinyin;
    case 'meta':
      return `${doc.countyShort} ${doc.cityName} ${doc.provinceName} ${doc.tags}`;
    case 'supplier':
      return doc.supplierName;
  }
}

/** The MiniSearch 7.2 internals used by textMatches (the version is pinned; the tests cover it). */
interface MiniInternals {
  executeQuery(query: Query, options: SearchOptions): Map<number, { score: number }>;
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
}

/** What MiniSearch indexes: the document under a numeric slot (its id in the index and in Columns). */
interface Entry {
  slot: number;
  doc: SearchDocument;
}

type Order = Exclude<SearchSort, 'relevance'>;

/**
 * The in-process engine: MiniSearch (BM25 over a radix tree, prefix search) holds the text index,
 * tokenised by text.ts so word tails, pinyin and initials match; filters, facets and sorts run over
 * typed-array columns beside it (memory-columns.ts), filters while MiniSearch scores. Browsing
 * without a query walks presorted slot lists, so it needs no sort.
 */
export class MemoryEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  private mini = MemoryEngine.createIndex();
  private cols = new Columns();
  private slots = new Map<string, number>();
  private synonyms: SynonymGroups = [];
  private sorted = new Map<Order, Int32Array>();
  /** Per-query scratch, reused (a search runs synchronously, so never by two at once): matching slots, and scores by slot. */
  private matched = new Int32Array(0);
  private score = new Float64Array(0);
  /** MiniSearch's short document id → slot (they differ: rebuild adds documents in name order). */
  private slotOf = new Int32Array(0);

  private static createIndex(): MiniSearch<Entry> {
    return new MiniSearch<Entry>({
      idField: 'slot',
      fields: [...FIELDS],
      storeFields: [],
      extractField: (entry, field) => (field === 'slot' ? (entry as Entry).slot : fieldText((entry as Entry).doc, field as Field)) as string,
      tokenize: (text, field) => (field === 'pinyin' ? text.split(' ').filter(Boolean) : field === 'supplier' ? runs(text) : indexTokens(text)),
      processTerm: (term) => term,
      autoVacuum: { minDirtCount: 1000, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
      searchOptions: {
        tokenize: queryTerms,
        processTerm: (term) => term,
        prefix: true,
        fuzzy: false,
        combineWith: 'AND',
        boost: BOOST,
        weights: { fuzzy: 0, prefix: 0.5 },
      },
    });
  }

  async init(synonyms: SynonymGroups): Promise<void> {
    this.synonyms = synonyms;
  }

  async setSynonyms(groups: SynonymGroups): Promise<void> {
    this.synonyms = groups;
  }

  async count(): Promise<number> {
    return this.slots.size;
  }

  async index(docs: SearchDocument[]): Promise<void> {
    for (const doc of docs) {
      this.removeOne(doc.id);
      const slot = this.cols.size;
      this.cols.put(slot, doc);
      this.slots.set(doc.id, slot);
      this.mini.add({ slot, doc });
      this.setSlotOf((this.mini as unknown as MiniInternals)._idToShortId.get(slot)!, slot);
    }
    if (docs.length) this.sorted.clear();
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) if (this.removeOne(id)) this.sorted.clear();
  }

  private removeOne(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.mini.discard(slot);
    this.cols.kill(slot);
    this.slots.delete(id);
    return true;
  }

  async rebuild(docs: SearchDocument[]): Promise<void> {
    const mini = MemoryEngine.createIndex();
    const cols = new Columns();
    const entries = docs.map((doc, slot) => {
      cols.put(slot, doc);
      return { slot, doc };
    });
    // MiniSearch numbers documents in the order they are added, and scoring a word walks its
    // postings through per-document tables keyed by that number. Added in name order, a word's
    // products (芒果, 台农一号) get neighbouring numbers, so a broad query reads those tables almost
    // sequentially instead of with a cache miss per product: about twice as fast at 100,000
    // products. Slots (and so every tie-break and presorted list) keep the catalog's order.
    entries.sort((a, b) => (a.doc.name < b.doc.name ? -1 : a.doc.name > b.doc.name ? 1 : a.slot - b.slot));
    mini.addAll(entries);
    this.mini = mini;
    this.slotOf = new Int32Array(0);
    for (const [shortId, slot] of (mini as unknown as MiniInternals)._documentIds) this.setSlotOf(shortId, slot);
    this.cols = cols;
    this.slots = new Map(docs.map((d, slot) => [d.id, slot]));
    this.sorted.clear();
  }

  /**
   * Query words that name a certification, a category or a place become filters (圳品, 有机, 茶叶,
   * 黔南, 巴马, tiandong): they describe every product of a set, so scoring tens of thousands of
   * postings for them would only slow the search; the other words are searched as text.
   */
  private understand(q: string, filters: SearchFilters): { text: string; filters: SearchFilters; counties: number[][] } {
    const rest: string[] = [];
    const f = { ...filters };
    const counties: number[][] = [];
    for (const word of runs(q)) {
      const cert = CERT_WORDS.get(word);
      const category = CATEGORY_WORDS.get(word);
      const places = this.cols.placeCounties(word);
      if (cert && (!f.certification || f.certification === cert)) f.certification = cert;
      else if (category && (!f.category || f.category === category)) f.category = category;
      else if (places) counties.push(places);
      else rest.push(word);
    }
    return { text: rest.join(' '), filters: f, counties };
  }

  async search(req: SearchRequest): Promise<SearchResult> {
    const understood = req.q?.trim() ? this.understand(req.q, req.filters) : { text: '', filters: req.filters, counties: [] };
    const keep = this.cols.predicate(understood.filters, understood.counties);
    const q = understood.text;
    let matched: Int32Array;
    let count = 0;
    if (q && queryTerms(q).length) {
      count = this.textMatches(q, this.cols.passesAll(understood.filters, understood.counties) ? null : keep);
      matched = this.matched;
      // Only the requested page needs ordering: a bounded selection instead of sorting every hit.
      const score = this.score;
      const order = req.sort === 'relevance' ? (a: number, b: number) => score[b] - score[a] || a - b : this.comparator(req.sort);
      const top = firstInOrder(matched, count, req.offset + req.limit, order);
      const page = top.slice(req.offset).map((slot) => this.cols.docs[slot]!);
      return { hits: page, total: count, facets: req.facets ? this.cols.facets(matched, count) : emptyFacets() };
    } else {
      // Without words to rank by, relevance is "most sold, then newest".
      const all = this.presorted(req.sort === 'relevance' ? (req.q?.trim() ? 'sales' : 'newest') : req.sort);
      matched = this.scratch(all.length);
      for (let i = 0; i < all.length; i++) if (keep(all[i])) matched[count++] = all[i];
    }
    const page: SearchDocument[] = [];
    for (let i = req.offset; i < Math.min(count, req.offset + req.limit); i++) page.push(this.cols.docs[matched[i]]!);
    return { hits: page, total: count, facets: req.facets ? this.cols.facets(matched, count) : emptyFacets() };
  }

  /**
   * The text matches of the query or any of its synonym rewritings, filtered while scoring: their
   * slots go to `this.matched` (the count is returned) and their scores to `this.score[slot]`.
   * Calls MiniSearch's query executor directly (pinned 7.2.0): its public search() would then build
   * a result object with match details per hit and sort them all, which is half the time of a broad
   * query at 100,000 products; here the hits are copied into reused typed arrays (no per-query map
   * or array of the size of the result) and only the page is sorted out.
   */
  private textMatches(q: string, keep: ((slot: number) => boolean) | null): number {
    const variants = expandQuery(q, this.synonyms);
    const query: Query = { combineWith: 'OR', queries: variants.map((v) => ({ combineWith: 'AND', queries: [v] })) };
    // Returning 0 drops a document before it is scored: filtering costs one array read per posting.
    const mini = this.mini as unknown as MiniInternals;
    const raw = mini.executeQuery(query, keep ? { boostDocument: (slot: number) => (keep(slot) ? 1 : 0) } : {});
    const matched = this.scratch(raw.size);
    const score = this.score;
    const slotOf = this.slotOf;
    let n = 0;
    raw.forEach((r, shortId) => {
      const slot = slotOf[shortId];
      matched[n++] = slot;
      score[slot] = r.score;
    });
    return n;
  }

  private setSlotOf(shortId: number, slot: number): void {
    if (shortId >= this.slotOf.length) {
      const grown = new Int32Array(Math.max(shortId + 1, this.slotOf.length * 2, 1024));
      grown.set(this.slotOf);
      this.slotOf = grown;
    }
    this.slotOf[shortId] = slot;
  }

  /** The reused buffer of matching slots, at least `n` long. */
  private scratch(n: number): Int32Array {
    if (this.matched.length < n) this.matched = new Int32Array(Math.max(n, this.matched.length * 2, 1024));
    if (this.score.length < this.cols.size) this.score = new Float64Array(Math.max(this.cols.size, this.score.length * 2, 1024));
    return this.matched;
  }

  private comparator(order: Order): (a: number, b: number) => number {
    const { price, listedAt, sales } = this.cols;
    const newest = (a: number, b: number) => listedAt[b] - listedAt[a] || a - b;
    switch (order) {
      case 'price_asc':
        return (a, b) => price[a] - price[b] || newest(a, b);
      case 'price_desc':
        return (a, b) => price[b] - price[a] || newest(a, b);
      case 'sales':
        return (a, b) => sales[b] - sales[a] || newest(a, b);
      case 'newest':
        return newest;
    }
  }

  private presorted(order: Order): Int32Array {
    let list = this.sorted.get(order);
    if (!list) {
      list = Int32Array.from(this.slots.values()).sort(this.comparator(order));
      this.sorted.set(order, list);
    }
    return list;
  }
}

/** The first `k` of `count` slots in `order`, sorted: a bounded max-heap, O(n log k). */
export function firstInOrder(slots: Int32Array, count: number, k: number, order: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (count <= k * 4) return Array.from(slots.subarray(0, count)).sort(order).slice(0, k);
  const heap: number[] = [];
  const worse = (i: number, j: number) => order(heap[i], heap[j]) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (let n = 0; n < count; n++) {
    const s = slots[n];
    if (heap.length < k) {
      heap.push(s);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (order(s, heap[0]) < 0) {
      heap[0] = s;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && worse(l, m)) m = l;
        if (r < heap.length && worse(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.sort(order);
}
