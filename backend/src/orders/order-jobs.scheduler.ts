import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Fulfilment } from './fulfilment.service';
import { OrderLifecycle } from './order-lifecycle.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const EVERY_MS = 30_000;

/**
 * Every 30 seconds: close unpaid orders past their time (stock back) and confirm receipt of parts
 * shipped ORDER_AUTO_CONFIRM_DAYS ago. Both claim each row with a conditional UPDATE, so any number
 * of backend processes may run them at once; a run still in progress is not started twice here.
 */
@Injectable()
export class OrderJobsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrderJobsScheduler.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly fulfilment: Fulfilment,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduledJobs) return; // SCHEDULED_JOBS=false: scripts and job-less replicas
    const run = async () => {
      if (this.running) return;
      this.running = true;
      try {
        await this.lifecycle.expireDue();
        await this.fulfilment.autoConfirmDue();
      } catch (err) {
        this.logger.error({ err }, 'order jobs failed');
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
