/**
 * What the orders context tells others. Published after the transaction has committed; a late or
 * repeated delivery is harmless for a listener that re-reads (OrderSalesService.salesCounts).
 */
export interface OrderSalesEvent {
  orderId: string;
  /** Units per product (several SKUs of one product are added up). */
  items: { productId: string; quantity: number }[];
}

declare module '../common/domain-events' {
  interface DomainEventMap {
    /** An order was paid: its units count as sold (the search's "sales" sort listens). */
    'orders.order.paid': OrderSalesEvent;
    /** Units of a paid order were refunded: they no longer count as sold. */
    'orders.items.refunded': OrderSalesEvent;
  }
}
