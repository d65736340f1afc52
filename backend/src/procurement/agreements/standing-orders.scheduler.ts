import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { StandingOrdersService } from './standing-orders.service';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

const EVERY_MS = 10 * 60_000;

/**
 * Every 10 minutes: place the standing weekly orders that are due. Each week is claimed with a
 * conditional UPDATE, so any number of backend processes may run this at once; a run still in
 * progress is not started twice in this process.
 */
@Injectable()
export class StandingOrdersScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StandingOrdersScheduler.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly standing: StandingOrdersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduledJobs) return; // SCHEDULED_JOBS=false: scripts and job-less replicas
    const run = async () => {
      if (this.running) return;
      this.running = true;
      try {
        await this.standing.runDue(new Date());
      } catch (err) {
        this.logger.error({ err }, 'standing orders job failed');
      } finally {
        this.running = false;
      }
    };
    setImmediate(run);
    this.timer = setInterval(run, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
