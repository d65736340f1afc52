import { DataSource } from 'typeorm';
import { LoginAttempt } from '../identity/login-attempt.entity';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Concurrent requests must not share each other's transactions: a rollback in one never undoes
 * another's write, and two transactions never nest. (On SQLite this is what sqlite-serial.ts
 * ensures; on MySQL the pool and InnoDB do, and the test holds there too.)
 */
describe('transactions under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ SEED_DEMO: 'false' })));
  afterAll(() => t.close());

  const row = (phone: string) => Object.assign(new LoginAttempt(), { phone, ip: '127.0.0.1', succeeded: false, attemptedAt: new Date() });
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('keeps other requests\' writes when one transaction rolls back', async () => {
    const ds = t.app.get(DataSource);
    const repo = ds.getRepository(LoginAttempt);
    const failing = ds.transaction(async (m) => {
      await m.save(row('10000000001'));
      await pause(30);
      throw new Error('roll back');
    });
    await pause(5);
    const others = Promise.all([
      repo.save(row('10000000002')),
      repo.insert(row('10000000003')),
      ds.transaction(async (m) => {
        await m.save(row('10000000004'));
        await pause(10);
        await m.save(row('10000000005'));
      }),
    ]);
    await expect(failing).rejects.toThrow('roll back');
    await others;
    const phones = (await repo.find()).map((r) => r.phone).sort();
    expect(phones).toEqual(['10000000002', '10000000003', '10000000004', '10000000005']);
  });

  it('rolls back a whole transaction even while others commit around it', async () => {
    const ds = t.app.get(DataSource);
    const repo = ds.getRepository(LoginAttempt);
    await repo.clear();
    const runs = Array.from({ length: 20 }, (_, i) =>
      ds
        .transaction(async (m) => {
          await m.save(row(`2000000000${i % 10}`));
          await pause(Math.random() * 5);
          await m.save(row(`2100000000${i % 10}`));
          if (i % 2) throw new Error('odd ones fail');
        })
        .catch(() => undefined),
    );
    await Promise.all(runs);
    expect(await repo.count()).toBe(20); // 10 committed transactions × 2 rows, nothing from the 10 failed ones
  });
});
