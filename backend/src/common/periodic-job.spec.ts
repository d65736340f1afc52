import { Logger } from '@nestjs/common';
import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  const quiet = () => {
    const errors: string[] = [];
    const logger = new Logger('test');
    logger.error = ((_: unknown, msg: string) => void errors.push(msg)) as Logger['error'];
    return { logger, errors };
  };

  it('never overlaps itself: a run still going when the next is due is skipped', async () => {
    let release!: () => void;
    let runs = 0;
    const { logger } = quiet();
    const job = new PeriodicJob(logger, 'slow', 60_000, () => {
      runs++;
      return new Promise<void>((r) => (release = r));
    });
    const first = job.runOnce();
    await job.runOnce(); // due while the first is still running
    expect(runs).toBe(1);
    release();
    await first;
    const third = job.runOnce();
    release();
    await third;
    expect(runs).toBe(2);
  });

  it('logs a failed run and keeps going', async () => {
    const { logger, errors } = quiet();
    let runs = 0;
    const job = new PeriodicJob(logger, 'flaky', 60_000, async () => {
      runs++;
      if (runs === 1) throw new Error('boom');
    });
    await job.runOnce();
    await job.runOnce();
    expect(runs).toBe(2);
    expect(errors).toEqual(['flaky failed']);
  });

  it('runs at once when asked, then on its interval, until stopped', async () => {
    const { logger } = quiet();
    let runs = 0;
    const job = new PeriodicJob(logger, 'tick', 20, async () => void runs++);
    job.start({ immediately: true });
    await new Promise((r) => setTimeout(r, 75));
    job.stop();
    const seen = runs;
    expect(seen).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(seen);
  });
});
