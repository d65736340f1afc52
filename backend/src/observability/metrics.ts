import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { DomainEvents } from '../common/domain-events';
import { SEARCH_ENGINE, SearchEngine } from '../search/search-engine';

/** Seconds; from a cache hit to a slow MySQL page. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The process's Prometheus metrics. Each replica counts its own; Prometheus scrapes every replica
 * and sums (`sum by (route) (rate(http_requests_total[5m]))`). One registry per app instance, not
 * prom-client's global one, so several apps in one test process do not collide.
 */
@Injectable()
export class Metrics implements OnModuleInit {
  private readonly logger = new Logger(Metrics.name);
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency, by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly ordersCreated = new Counter({ name: 'bangfu_orders_created_total', help: 'Shop orders created (idempotent replays not counted)', registers: [this.registry] });
  readonly ordersPaid = new Counter({ name: 'bangfu_orders_paid_total', help: 'Shop orders that became paid', registers: [this.registry] });
  readonly paymentNotifications = new Counter({
    name: 'bangfu_payment_notifications_total',
    help: 'Alipay asynchronous notifications received, by answer (success = verified and recorded, failure = refused)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly searchDuration = new Histogram({
    name: 'bangfu_search_duration_seconds',
    help: 'Search engine query latency (embedded MiniSearch or Meilisearch)',
    labelNames: ['engine', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor(
    private readonly events: DomainEvents,
    private readonly moduleRef: ModuleRef,
  ) {
    collectDefaultMetrics({ register: this.registry });
  }

  onModuleInit(): void {
    this.events.on('orders.order.paid', () => this.ordersPaid.inc());
    this.timeSearchEngine();
  }

  orderCreated(): void {
    this.ordersCreated.inc();
  }

  paymentNotification(result: 'success' | 'failure'): void {
    this.paymentNotifications.inc({ result });
  }

  /**
   * Times the engine at its boundary by wrapping the one SearchEngine instance's search(), so the
   * search context carries no metrics code and both engines are measured the same way.
   */
  private timeSearchEngine(): void {
    let engine: SearchEngine;
    try {
      engine = this.moduleRef.get<SearchEngine>(SEARCH_ENGINE, { strict: false });
    } catch {
      this.logger.warn('no search engine to time');
      return;
    }
    const search = engine.search.bind(engine);
    engine.search = async (req) => {
      const end = this.searchDuration.startTimer({ engine: engine.kind });
      try {
        const result = await search(req);
        end({ outcome: 'ok' });
        return result;
      } catch (err) {
        end({ outcome: 'error' });
        throw err;
      }
    };
  }

  /**
   * Express middleware counting every response once it is sent. The route label is the matched
   * route template (`/api/orders/:id`), never the raw path, so ids do not explode the series;
   * unmatched API paths are `unmatched`, everything outside /api (the SPAs) is `static`.
   */
  httpMiddleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const end = this.httpDuration.startTimer();
      res.once('finish', () => {
        const labels = { method: req.method, route: routeOf(req, res.statusCode), status: String(res.statusCode) };
        end(labels);
        this.httpRequests.inc(labels);
      });
      next();
    };
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

function routeOf(req: Request, status: number): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  // A catch-all answering 404 (the API's not-found route) is no route of ours.
  if (typeof path === 'string' && !(status === 404 && path.includes('*'))) return path;
  const url = req.originalUrl ?? req.url;
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?') ? 'unmatched' : 'static';
}
