/**
 * What the catalog tells other contexts about the shop's contents. Payloads carry ids only: a
 * listener asks the catalog's services for the current state (ShopListings), so a late or repeated
 * event can never write stale data.
 */
export interface ProductShopEvent {
  productId: string;
}

declare module '../common/domain-events' {
  interface DomainEventMap {
    /** The product entered the shop (listed). */
    'catalog.product.listed': ProductShopEvent;
    /** The product left the shop (unlisted by its supplier or an operator). */
    'catalog.product.unlisted': ProductShopEvent;
    /** The expiry sweep took the product down: its 消费帮扶产品认定 lapsed. */
    'catalog.product.expired': ProductShopEvent;
    /** An operator approved changes of an approved product (content, prices, origin, new certificates). */
    'catalog.product.changesApproved': ProductShopEvent;
    /** What the shop shows changed without review (a SKU was taken off sale). */
    'catalog.product.changed': ProductShopEvent;
  }
}
