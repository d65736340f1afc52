import { Global, Injectable, Logger, Module } from '@nestjs/common';

/**
 * The events contexts publish, by name. Each publishing context adds its own entries by declaration
 * merging (see catalog/catalog-events.ts, suppliers/supplier-events.ts), so publishers and listeners
 * are type-checked against one map without a central list.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEventMap {}

export type DomainEventName = keyof DomainEventMap;
type Handler<K extends DomainEventName> = (payload: DomainEventMap[K]) => Promise<void> | void;

/**
 * A small typed in-process event bus. `publish` runs every handler and waits for them, so a caller
 * that awaited the publish (a product was listed) reads its own write in the index right after; a
 * failing handler is logged and never fails the publisher — the catalog's write has happened, and
 * the listener (search) owns its recovery (re-index). Publish after the transaction has committed.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers = new Map<DomainEventName, Handler<DomainEventName>[]>();

  on<K extends DomainEventName>(name: K, handler: Handler<K>): () => void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as Handler<DomainEventName>);
    this.handlers.set(name, list);
    return () => this.handlers.set(name, (this.handlers.get(name) ?? []).filter((h) => h !== handler));
  }

  async publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) {
      try {
        await handler(payload);
      } catch (err) {
        this.logger.error({ err, event: name }, `handler of ${String(name)} failed`);
      }
    }
  }
}

/** Global, so every context can publish or listen without importing the others. */
@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
