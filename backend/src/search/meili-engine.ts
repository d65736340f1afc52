// The official client is pinned to 0.56.0, the newest release that still ships a CommonJS build
// (its "require" export, dist/cjs/index.cjs). From 0.57 on it is ESM-only: Node 20.20 could load
// that with require(esm), but this backend runs under classic ts-jest (CommonJS), which would have
// to transform node_modules/meilisearch, and NestJS 11 itself is CommonJS. Pinning keeps one module
// system everywhere; the HTTP API used here (documents, settings, tasks, swap) is the same in 0.57+.
import { Meilisearch, type EnqueuedTaskPromise, type Index, type IndexSwap, type Task } from 'meilisearch';
import { emptyFacets, FACETS, SearchDocument, SearchEngine, SearchRequest, SearchResult, SynonymGroups } from './search-engine';
import { meiliSearchParams, meiliSettings, meiliSynonyms } from './meili-settings';

export const MEILI_INDEX = 'products';
const BATCH = 5_000;

export class MeiliTaskError extends Error {
  constructor(readonly task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error message'}`);
  }
}

/**
 * The Meilisearch engine. Every write waits for its task and checks the status: the client's wait
 * resolves for failed and canceled tasks too, so a failed task is turned into an error here.
 * A full rebuild fills a fresh index and swaps it in, so the shop never sees a half-built index.
 */
export class MeiliEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private synonyms: SynonymGroups = [];

  constructor(
    opts: { host: string; apiKey?: string },
    private readonly indexUid = MEILI_INDEX,
    private readonly waitTimeoutMs = 60_000,
  ) {
    this.client = new Meilisearch({ host: opts.host, apiKey: opts.apiKey });
  }

  private get products(): Index<SearchDocument> {
    return this.client.index<SearchDocument>(this.indexUid);
  }

  async init(synonyms: SynonymGroups): Promise<void> {
    this.synonyms = synonyms;
    await this.ensureIndex(this.indexUid);
    await this.done(this.client.index(this.indexUid).updateSettings(meiliSettings(synonyms)));
  }

  async index(docs: SearchDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += BATCH) await this.done(this.products.addDocuments(docs.slice(i, i + BATCH), { primaryKey: 'id' }));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length) await this.done(this.products.deleteDocuments(ids));
  }

  async setSynonyms(groups: SynonymGroups): Promise<void> {
    this.synonyms = groups;
    await this.done(this.products.updateSynonyms(meiliSynonyms(groups)));
  }

  async count(): Promise<number> {
    return (await this.products.getStats()).numberOfDocuments;
  }

  async rebuild(docs: SearchDocument[]): Promise<void> {
    const next = `${this.indexUid}_rebuild`;
    await this.deleteIfExists(next);
    await this.done(this.client.createIndex(next, { primaryKey: 'id' }));
    await this.done(this.client.index(next).updateSettings(meiliSettings(this.synonyms)));
    for (let i = 0; i < docs.length; i += BATCH) await this.done(this.client.index(next).addDocuments(docs.slice(i, i + BATCH), { primaryKey: 'id' }));
    await this.ensureIndex(this.indexUid);
    // No `rename` field: servers before v1.18 reject unknown fields, and a swap is the default.
    await this.done(this.client.swapIndexes([{ indexes: [this.indexUid, next] } as IndexSwap]));
    await this.done(this.client.deleteIndex(next));
  }

  async search(req: SearchRequest): Promise<SearchResult> {
    const res = await this.products.search(req.q?.trim() ?? '', meiliSearchParams(req));
    const facets = emptyFacets();
    for (const name of FACETS) Object.assign(facets[name], res.facetDistribution?.[name] ?? {});
    return { hits: res.hits as SearchDocument[], total: res.totalHits ?? res.hits.length, facets };
  }

  /** Waits for the task and fails unless it succeeded. */
  private async done(enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: this.waitTimeoutMs, interval: 50 });
    if (task.status !== 'succeeded') throw new MeiliTaskError(task);
    return task;
  }

  private async ensureIndex(uid: string): Promise<void> {
    const task = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: this.waitTimeoutMs, interval: 50 });
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') throw new MeiliTaskError(task);
  }

  private async deleteIfExists(uid: string): Promise<void> {
    const task = await this.client.deleteIndex(uid).waitTask({ timeout: this.waitTimeoutMs, interval: 50 });
    if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') throw new MeiliTaskError(task);
  }
}
