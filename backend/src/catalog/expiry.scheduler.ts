import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ProductReviewService } from './product-review.service';

const HOUR = 60 * 60 * 1000;

/**
 * Runs the certificate-expiry sweep at start-up and every hour. The shop hides lapsed products by
 * query anyway; the sweep records the take-down and its reason for suppliers and operators.
 */
@Injectable()
export class ExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiryScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly review: ProductReviewService) {}

  onApplicationBootstrap(): void {
    const run = () => this.review.sweepExpired().catch((err) => this.logger.error({ err }, 'expiry sweep failed'));
    // After start-up migrations have run (they run before app.init in bootstrap.ts).
    setImmediate(run);
    this.timer = setInterval(run, HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
