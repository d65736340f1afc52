import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '../../common/periodic-job';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { StandingOrdersService } from './standing-orders.service';

const EVERY_MS = 10 * 60_000;

/**
 * Every 10 minutes (and at start-up): place the standing weekly orders that are due. Each week is
 * claimed with a conditional UPDATE, so any number of backend processes may run this at once.
 * Off with SCHEDULED_JOBS=false.
 */
@Injectable()
export class StandingOrdersScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(standing: StandingOrdersService, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.job = new PeriodicJob(new Logger(StandingOrdersScheduler.name), 'standing orders job', EVERY_MS, () => standing.runDue(new Date()));
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduledJobs) this.job.start({ immediately: true });
  }

  onApplicationShutdown(): void {
    this.job.stop();
  }
}
