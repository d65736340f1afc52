import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '../../common/periodic-job';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { OrderCancellation } from './order-cancellation.service';

const EVERY_MS = 30_000;

/**
 * Every 30 seconds: cancel procurement orders whose supplier let the confirmation deadline pass
 * (stock back). Each order is claimed with a conditional UPDATE, so several backend processes may
 * run this at once. Off with SCHEDULED_JOBS=false.
 */
@Injectable()
export class ProcurementJobsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(cancellation: OrderCancellation, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    const logger = new Logger(ProcurementJobsScheduler.name);
    this.job = new PeriodicJob(logger, 'procurement jobs', EVERY_MS, async () => {
      const n = await cancellation.cancelOverdue();
      if (n) logger.log(`auto-cancelled ${n} unconfirmed procurement order(s)`);
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduledJobs) this.job.start({ immediately: false });
  }

  onApplicationShutdown(): void {
    this.job.stop();
  }
}
