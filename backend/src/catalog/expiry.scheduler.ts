import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '../common/periodic-job';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ProductReviewService } from './product-review.service';

const HOUR = 60 * 60 * 1000;

/**
 * Runs the certificate-expiry sweep at start-up and every hour. The shop hides lapsed products by
 * query anyway; the sweep records the take-down and its reason for suppliers and operators.
 * Off with SCHEDULED_JOBS=false.
 */
@Injectable()
export class ExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(review: ProductReviewService, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.job = new PeriodicJob(new Logger(ExpiryScheduler.name), 'expiry sweep', HOUR, () => review.sweepExpired());
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduledJobs) this.job.start({ immediately: true });
  }

  onApplicationShutdown(): void {
    this.job.stop();
  }
}
