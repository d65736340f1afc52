import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '../common/periodic-job';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Fulfilment } from './fulfilment.service';
import { OrderLifecycle } from './order-lifecycle.service';

const EVERY_MS = 30_000;

/**
 * Every 30 seconds (and at start-up): close unpaid orders past their time (stock back) and confirm
 * receipt of parts shipped ORDER_AUTO_CONFIRM_DAYS ago. Both claim each row with a conditional
 * UPDATE, so any number of backend processes may run them at once. Off with SCHEDULED_JOBS=false.
 */
@Injectable()
export class OrderJobsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(lifecycle: OrderLifecycle, fulfilment: Fulfilment, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.job = new PeriodicJob(new Logger(OrderJobsScheduler.name), 'order jobs', EVERY_MS, async () => {
      await lifecycle.expireDue();
      await fulfilment.autoConfirmDue();
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduledJobs) this.job.start({ immediately: true });
  }

  onApplicationShutdown(): void {
    this.job.stop();
  }
}
