import { ConfigError, loadConfig } from '../config/app-config';
import type { Fulfilment } from './fulfilment.service';
import type { OrderLifecycle } from './order-lifecycle.service';
import { OrderJobsScheduler } from './order-jobs.scheduler';

/** SCHEDULED_JOBS=false keeps a process (an ops script, a job-less replica) from running the periodic jobs. */
describe('SCHEDULED_JOBS', () => {
  const tick = () => new Promise((r) => setImmediate(r));

  function scheduler(env: Record<string, string>) {
    const ran: string[] = [];
    const lifecycle = { expireDue: async () => void ran.push('expire') } as unknown as OrderLifecycle;
    const fulfilment = { autoConfirmDue: async () => void ran.push('autoConfirm') } as unknown as Fulfilment;
    return { ran, s: new OrderJobsScheduler(lifecycle, fulfilment, loadConfig({ NODE_ENV: 'test', ...env })) };
  }

  it('runs the jobs at start-up by default', async () => {
    const { ran, s } = scheduler({});
    s.onApplicationBootstrap();
    await tick();
    await tick();
    s.onApplicationShutdown();
    expect(ran).toEqual(['expire', 'autoConfirm']);
  });

  it('runs nothing when SCHEDULED_JOBS=false, and refuses a value that is not a boolean', async () => {
    const { ran, s } = scheduler({ SCHEDULED_JOBS: 'false' });
    s.onApplicationBootstrap();
    await tick();
    await tick();
    s.onApplicationShutdown();
    expect(ran).toEqual([]);
    expect(() => loadConfig({ SCHEDULED_JOBS: 'sometimes' })).toThrow(ConfigError);
  });
});
