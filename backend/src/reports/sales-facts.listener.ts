import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../common/domain-events';
import '../orders/order-events';
import '../procurement/orders/procurement-events';
import { SalesFactsService } from './sales-facts.service';

/**
 * Feeds the sales facts from the orders' and procurement's events. Every handler is idempotent
 * (facts are keyed by source line; refunds set cumulative values), so a repeated or late event is
 * harmless, and a missed one is recovered by `rebuild`.
 */
@Injectable()
export class SalesFactsListener implements OnModuleInit, OnModuleDestroy {
  private off: (() => void)[] = [];

  constructor(
    private readonly events: DomainEvents,
    private readonly facts: SalesFactsService,
  ) {}

  onModuleInit(): void {
    this.off = [
      this.events.on('orders.order.paid', async (e) => void (await this.facts.recordCustomerOrder(e.orderId))),
      this.events.on('orders.items.refunded', (e) => this.facts.refreshCustomerRefunds(e.orderId)),
      this.events.on('procurement.order.accepted', async (e) => void (await this.facts.recordProcurement(e))),
      this.events.on('procurement.order.refunded', (e) => this.facts.refundProcurement(e.orderId, e.totalRefundedFen)),
    ];
  }

  onModuleDestroy(): void {
    for (const off of this.off) off();
  }
}
