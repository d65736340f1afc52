import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { OrderCancellation } from './order-cancellation.service';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

const EVERY_MS = 30_000;

/**
 * Every 30 seconds: cancel procurement orders whose supplier let the confirmation deadline pass
 * (stock back). Each order is claimed with a conditional UPDATE, so several backend processes may
 * run this at once; a run still in progress is not started twice here.
 */
@Injectable()
export class ProcurementJobsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProcurementJobsScheduler.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly cancellation: OrderCancellation,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduledJobs) return; // SCHEDULED_JOBS=false: scripts and job-less replicas
    const run = async () => {
      if (this.running) return;
      this.running = true;
      try {
        const n = await this.cancellation.cancelOverdue();
        if (n) this.logger.log(`auto-cancelled ${n} unconfirmed procurement order(s)`);
      } catch (err) {
        this.logger.error({ err }, 'procurement jobs failed');
      } finally {
        this.running = false;
      }
    };
    this.timer = setInterval(run, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
