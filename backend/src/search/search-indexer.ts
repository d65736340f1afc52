import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ProductShopEvent } from '../catalog/catalog-events';
import { ShopListings } from '../catalog/shop-listings.service';
import { DomainEvents } from '../common/domain-events';
import { todayInShanghai } from '../common/validators';
import type { OrderSalesEvent } from '../orders/order-events';
import { OrderSalesService } from '../orders/order-sales.service';
import type { SupplierStatusChanged } from '../suppliers/supplier-events';
import { toSearchDocument } from './search-document';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { SynonymsService } from './synonyms.service';

const HOUR = 60 * 60 * 1000;

/**
 * Keeps the engine in step with the shop, without the catalog knowing which engine runs:
 * - catalog and supplier events (listed, unlisted, expired, changes approved, SKU off sale,
 *   supplier suspended/reinstated) re-index the products concerned, read back through the
 *   catalog's ShopListings; a product the shop no longer shows is removed;
 * - dates: documents carry `visibleUntil` (filtered at query time), and once a day the products
 *   whose certificates began or ended since the last run are re-indexed (their certificate list);
 * - sales: paid and refunded orders re-index their products with units sold (the "sales" sort),
 *   read back from the orders context, so a missed event is mended by the next rebuild;
 * - start-up: the in-process engine is rebuilt from the catalog; Meilisearch gets its settings and
 *   is rebuilt only when its index is empty (operators rebuild it with the endpoint or the CLI).
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexer.name);
  private timer?: NodeJS.Timeout;
  private lastDay = todayInShanghai();
  private unsubscribe: (() => void)[] = [];

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly listings: ShopListings,
    private readonly synonyms: SynonymsService,
    private readonly sales: OrderSalesService,
    events: DomainEvents,
  ) {
    const product = ({ productId }: ProductShopEvent) => this.reindex([productId]);
    const sold = ({ items }: OrderSalesEvent) => this.reindex([...new Set(items.map((i) => i.productId))]);
    this.unsubscribe = [
      events.on('catalog.product.listed', product),
      events.on('catalog.product.unlisted', product),
      events.on('catalog.product.expired', product),
      events.on('catalog.product.changesApproved', product),
      events.on('catalog.product.changed', product),
      events.on('suppliers.supplier.statusChanged', ({ supplierId }: SupplierStatusChanged) => this.reindexSupplier(supplierId)),
      events.on('orders.order.paid', sold),
      events.on('orders.items.refunded', sold),
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.engine.init(await this.synonyms.groups());
    if (this.engine.kind === 'embedded' || (await this.engine.count()) === 0) await this.rebuild();
    this.timer = setInterval(() => this.refreshDates().catch((err) => this.logger.error({ err }, 'date refresh failed')), HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    for (const off of this.unsubscribe) off();
  }

  /** Re-reads these products from the catalog: indexes the ones the shop shows, removes the rest. */
  async reindex(ids: string[], today = todayInShanghai()): Promise<void> {
    if (!ids.length) return;
    const listings = await this.withSales(await this.listings.listings(ids, today));
    const shown = new Set(listings.map((l) => l.id));
    await this.engine.index(listings.map(toSearchDocument));
    await this.engine.remove(ids.filter((id) => !shown.has(id)));
  }

  async reindexSupplier(supplierId: string): Promise<void> {
    await this.reindex(await this.listings.productIdsOfSupplier(supplierId));
  }

  /** Replaces the whole index with the shop's current contents. */
  async rebuild(): Promise<{ indexed: number; tookMs: number }> {
    const started = Date.now();
    const docs = (await this.withSales(await this.listings.listings())).map(toSearchDocument);
    await this.engine.rebuild(docs);
    this.lastDay = todayInShanghai();
    const tookMs = Date.now() - started;
    this.logger.log(`search index (${this.engine.kind}) rebuilt: ${docs.length} products in ${tookMs} ms`);
    return { indexed: docs.length, tookMs };
  }

  /** Listings carry no sales of their own (the catalog doesn't know orders): add units sold. */
  private async withSales<T extends { id: string; salesCount: number }>(listings: T[]): Promise<T[]> {
    if (!listings.length) return listings;
    const sold = await this.sales.salesCounts(listings.map((l) => l.id));
    return listings.map((l) => ({ ...l, salesCount: sold.get(l.id) ?? 0 }));
  }

  /** On a new day, re-indexes the products whose certificates began or lapsed since the last run. */
  async refreshDates(today = todayInShanghai()): Promise<number> {
    if (today <= this.lastDay) return 0;
    const ids = await this.listings.productIdsWithValidityChange(this.lastDay, today);
    await this.reindex(ids, today);
    this.lastDay = today;
    return ids.length;
  }
}
