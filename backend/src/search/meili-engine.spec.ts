import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { CertificationType } from '../catalog/certification.entity';
import { ProductCategory } from '../catalog/product.entity';
import { MeiliEngine, MeiliTaskError } from './meili-engine';
import { meiliFilter, meiliSettings, meiliSynonyms } from './meili-settings';
import { SearchRequest } from './search-engine';
import { searchEngineFor } from './search.module';
import { loadConfig } from '../config/app-config';
import { MemoryEngine } from './memory-engine';

interface Recorded {
  method: string;
  path: string;
  body: unknown;
  auth: string | undefined;
}

/**
 * A local HTTP peer that answers like Meilisearch (tasks enqueued, then polled) and records every
 * request, so the official client's real requests are checked. `failTypes` makes tasks of those
 * types end "failed", as Meilisearch reports an invalid setting or document.
 */
class FakeMeili {
  requests: Recorded[] = [];
  failTypes = new Set<string>();
  existingIndexes = new Set<string>();
  private tasks = new Map<number, { type: string; status: string; error: unknown }>();
  private next = 1;
  private server: Server = createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private enqueue(res: ServerResponse, type: string, indexUid: string | null, fail?: { code: string; message: string }) {
    const uid = this.next++;
    const failed = fail ?? (this.failTypes.has(type) ? { code: 'invalid_settings', message: `fake failure of ${type}` } : undefined);
    this.tasks.set(uid, { type, status: failed ? 'failed' : 'succeeded', error: failed ? { ...failed, type: 'invalid_request', link: '' } : null });
    this.json(res, 202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() });
  }

  private json(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = raw ? JSON.parse(raw) : undefined;
      this.requests.push({ method: req.method!, path: url.pathname, body, auth: req.headers.authorization });
      const m = url.pathname.match(/^\/indexes\/([^/]+)(\/.*)?$/);
      const index = m?.[1] ?? null;
      const rest = m?.[2] ?? '';
      if (req.method === 'GET' && url.pathname.startsWith('/tasks/')) {
        const uid = Number(url.pathname.split('/')[2]);
        const t = this.tasks.get(uid)!;
        return this.json(res, 200, { uid, batchUid: uid, indexUid: null, status: t.status, type: t.type, canceledBy: null, details: {}, error: t.error, duration: 'PT0S', enqueuedAt: '', startedAt: '', finishedAt: '' });
      }
      if (req.method === 'POST' && url.pathname === '/indexes') {
        const exists = this.existingIndexes.has(body.uid);
        this.existingIndexes.add(body.uid);
        return this.enqueue(res, 'indexCreation', body.uid, exists ? { code: 'index_already_exists', message: 'exists' } : undefined);
      }
      if (req.method === 'DELETE' && index && !rest) {
        const exists = this.existingIndexes.delete(index);
        return this.enqueue(res, 'indexDeletion', index, exists ? undefined : { code: 'index_not_found', message: 'not found' });
      }
      if (req.method === 'POST' && url.pathname === '/swap-indexes') return this.enqueue(res, 'indexSwap', null);
      if (req.method === 'PATCH' && rest === '/settings') return this.enqueue(res, 'settingsUpdate', index);
      if (req.method === 'PUT' && rest === '/settings/synonyms') return this.enqueue(res, 'settingsUpdate', index);
      if (req.method === 'POST' && rest === '/documents') return this.enqueue(res, 'documentAdditionOrUpdate', index);
      if (req.method === 'POST' && rest === '/documents/delete-batch') return this.enqueue(res, 'documentDeletion', index);
      if (req.method === 'GET' && rest === '/stats') return this.json(res, 200, { numberOfDocuments: 7, isIndexing: false, fieldDistribution: {} });
      if (req.method === 'POST' && rest === '/search') {
        return this.json(res, 200, {
          hits: [{ id: 'p1', name: '百色芒果 台农一号' }],
          query: body.q,
          processingTimeMs: 1,
          hitsPerPage: body.hitsPerPage,
          page: body.page,
          totalPages: 3,
          totalHits: 41,
          facetDistribution: { category: { FRUIT: 40, TEA: 1 }, countyFacet: { '451022|田东县': 41 } },
        });
      }
      this.json(res, 404, { message: `not faked: ${req.method} ${url.pathname}`, code: 'not_found', type: 'invalid_request', link: '' });
    });
  }
}

const docs = [
  {
    id: 'p1',
    name: '百色芒果 台农一号',
    category: ProductCategory.FRUIT,
    certifications: [CertificationType.ASSISTANCE],
  },
] as never[];

describe('Meilisearch engine (official client against a local fake Meilisearch)', () => {
  let fake: FakeMeili;
  let engine: MeiliEngine;
  beforeEach(async () => {
    fake = new FakeMeili();
    engine = new MeiliEngine({ host: await fake.start(), apiKey: 'master-key' }, 'products', 2_000);
  });
  afterEach(() => fake.stop());

  it('creates the index and applies searchable, filterable, sortable attributes, synonyms and cmn', async () => {
    await engine.init([['沙糖桔', '砂糖橘'], ['桔', '橘']]);
    const [create, settings] = fake.writes();
    expect(create).toMatchObject({ method: 'POST', path: '/indexes', body: { uid: 'products', primaryKey: 'id' }, auth: 'Bearer master-key' });
    expect(settings.method).toBe('PATCH');
    expect(settings.path).toBe('/indexes/products/settings');
    expect(settings.body).toEqual(meiliSettings([['沙糖桔', '砂糖橘'], ['桔', '橘']]));
    expect(settings.body).toMatchObject({
      searchableAttributes: expect.arrayContaining(['name', 'pinyin', 'countyShort', 'tags']),
      filterableAttributes: expect.arrayContaining(['regionCodes', 'category', 'certifications', 'saleMonths', 'minPriceFen', 'visibleUntil']),
      sortableAttributes: ['minPriceFen', 'salesCount', 'listedAt'],
      synonyms: { 沙糖桔: ['砂糖橘'], 砂糖橘: ['沙糖桔'], 桔: ['橘'], 橘: ['桔'] },
      localizedAttributes: [{ attributePatterns: expect.arrayContaining(['name', 'description']), locales: ['cmn'] }],
    });
    // An index that already exists is fine (a second backend, a restart).
    await engine.init([]);
  });

  it('builds the search request: filters, sort, facets and page-based exhaustive totals', async () => {
    const req: SearchRequest = {
      q: '芒果',
      filters: { visibleOn: 20260315, regionCode: '451000', anyRegionCodes: ['451022', '451021'], category: ProductCategory.FRUIT, certification: CertificationType.ZHENPIN, saleMonth: 3, minPriceFen: 100, maxPriceFen: 9000 },
      sort: 'price_asc',
      offset: 40,
      limit: 20,
      facets: true,
    };
    const res = await engine.search(req);
    const sent = fake.requests.find((r) => r.path === '/indexes/products/search')!;
    expect(sent.body).toEqual({
      q: '芒果',
      filter: [
        'visibleUntil >= 20260315',
        'regionCodes = "451000"',
        'regionCodes IN ["451022", "451021"]',
        'category = "FRUIT"',
        'certifications = "ZHENPIN"',
        'saleMonths = 3',
        'minPriceFen >= 100',
        'minPriceFen <= 9000',
      ],
      sort: ['minPriceFen:asc', 'listedAt:desc'],
      facets: ['category', 'certifications', 'countyFacet', 'cityFacet', 'provinceFacet'],
      page: 3,
      hitsPerPage: 20,
    });
    expect(res.total).toBe(41);
    expect(res.hits.map((h) => h.id)).toEqual(['p1']);
    expect(res.facets.category).toEqual({ FRUIT: 40, TEA: 1 });
    expect(res.facets.countyFacet).toEqual({ '451022|田东县': 41 });
    expect(res.facets.cityFacet).toEqual({});

    await engine.search({ q: '', filters: { visibleOn: 20260315, anyRegionCodes: [] }, sort: 'relevance', offset: 0, limit: 8, facets: false });
    const browse = fake.requests.filter((r) => r.path === '/indexes/products/search').at(-1)!;
    expect(browse.body).toEqual({ q: '', filter: ['visibleUntil >= 20260315', 'regionCodes IS EMPTY'], sort: ['listedAt:desc'], page: 1, hitsPerPage: 8 });
  });

  it('indexes, removes, updates synonyms and counts, waiting for each task', async () => {
    await engine.index(docs);
    await engine.remove(['p1', 'p2']);
    await engine.remove([]);
    await engine.setSynonyms([['芒果', '杧果']]);
    expect(await engine.count()).toBe(7);
    const writes = fake.writes().map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual(['POST /indexes/products/documents', 'POST /indexes/products/documents/delete-batch', 'PUT /indexes/products/settings/synonyms']);
    expect(fake.requests.find((r) => r.path.endsWith('/delete-batch'))!.body).toEqual(['p1', 'p2']);
    expect(fake.requests.find((r) => r.path.endsWith('/synonyms'))!.body).toEqual({ 芒果: ['杧果'], 杧果: ['芒果'] });
    // Every enqueued task was polled.
    expect(fake.requests.filter((r) => r.path.startsWith('/tasks/')).length).toBe(3);
  });

  it('rebuilds into a fresh index and swaps it in', async () => {
    await engine.init([['桔', '橘']]);
    fake.requests = [];
    await engine.rebuild(docs);
    expect(fake.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'DELETE /indexes/products_rebuild',
      'POST /indexes',
      'PATCH /indexes/products_rebuild/settings',
      'POST /indexes/products_rebuild/documents',
      'POST /indexes',
      'POST /swap-indexes',
      'DELETE /indexes/products_rebuild',
    ]);
    expect(fake.requests.find((r) => r.path === '/swap-indexes')!.body).toEqual([{ indexes: ['products', 'products_rebuild'] }]);
    expect((fake.requests.find((r) => r.path === '/indexes/products_rebuild/settings')!.body as { synonyms: unknown }).synonyms).toEqual(meiliSynonyms([['桔', '橘']]));
  });

  it('turns a failed task into an error instead of a silent success', async () => {
    fake.failTypes.add('documentAdditionOrUpdate');
    await expect(engine.index(docs)).rejects.toThrow(MeiliTaskError);
    await expect(engine.index(docs)).rejects.toThrow(/documentAdditionOrUpdate\) failed: fake failure/);
    fake.failTypes.add('settingsUpdate');
    await expect(engine.init([])).rejects.toThrow(MeiliTaskError);
  });

  it('is chosen by configuration: MEILI_HOST set → Meilisearch, else in-process', () => {
    expect(searchEngineFor(loadConfig({ MEILI_HOST: 'http://127.0.0.1:7700', MEILI_API_KEY: 'k' }))).toBeInstanceOf(MeiliEngine);
    expect(searchEngineFor(loadConfig({}))).toBeInstanceOf(MemoryEngine);
  });

  it('quotes filter values', () => {
    expect(meiliFilter({ visibleOn: 20260101, regionCode: 'a"b\\c' })).toEqual(['visibleUntil >= 20260101', 'regionCodes = "a\\"b\\\\c"']);
  });
});
