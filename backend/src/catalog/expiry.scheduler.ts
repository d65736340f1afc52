import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ProductReviewService } from './product-review.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const HOUR = 60 * 60 * 1000;

/**
 * Runs the certificate-expiry sweep at start-up and every hour. The shop hides lapsed products by
 * query anyway; the sweep records the take-down and its reason for suppliers and operators.
 */
@Injectable()
export class ExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiryScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly review: ProductReviewService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduledJobs) return; // SCHEDULED_JOBS=false: scripts and job-less replicas
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
