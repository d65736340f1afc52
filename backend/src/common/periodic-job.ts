import { Logger } from '@nestjs/common';

/**
 * A piece of work run every `everyMs` in this process (and, if asked, once as soon as start-up is
 * done), never overlapping itself here: a run still going when the next is due is skipped. Errors
 * are logged, never thrown into the timer. Running it in several processes at once is the work's
 * own business: every job of this backend claims its rows with a conditional UPDATE.
 */
export class PeriodicJob {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly everyMs: number,
    private readonly work: () => Promise<unknown>,
  ) {}

  start(opts: { immediately: boolean }): void {
    const run = () => void this.runOnce();
    // setImmediate: after the start-up migrations (they run before app.init in bootstrap.ts).
    if (opts.immediately) setImmediate(run);
    this.timer = setInterval(run, this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.work();
    } catch (err) {
      this.logger.error({ err }, `${this.what} failed`);
    } finally {
      this.running = false;
    }
  }
}
