import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { loadConfig } from './config/app-config';
import { User } from './identity/user.entity';
import { startTestApp } from './testing/test-app';
import { freshDatabase } from './testing/test-database';

const MAIN = resolve(__dirname, '../dist/main.js');

describe('start-up', () => {
  it('starts on the configured database and reports it on /api/health', async () => {
    const t = await startTestApp();
    try {
      const res = await t.http().get('/api/health').expect(200);
      expect(res.body).toEqual({ status: 'ok', db: process.env.DATABASE_URL ? 'mysql' : 'sqlite', search: 'embedded' });
      expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
      const echoed = await t.http().get('/api/health').set('X-Request-Id', 'trace-12345678').expect(200);
      expect(echoed.headers['x-request-id']).toBe('trace-12345678');
    } finally {
      await t.close();
    }
  });

  it('migrates once: a restart on the same database changes nothing and loads no second demo', async () => {
    const { database, drop } = await freshDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'bangfu-'));
    const db = database.kind === 'sqlite' ? { kind: 'sqlite' as const, path: join(dir, 'db.sqlite') } : database;
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, SEED_DEMO: 'true' }), database: db };
    try {
      const first = await createApp(config);
      const count = async (app: typeof first) => app.get(DataSource).getRepository(User).count();
      const users = await count(first);
      const pairingsBefore = await first.get(DataSource).query('SELECT COUNT(*) AS n FROM pairings');
      await first.close();
      const second = await createApp(config);
      expect(await count(second)).toBe(users);
      const [{ n }] = await second.get(DataSource).query('SELECT COUNT(*) AS n FROM pairings');
      expect(Number(n)).toBe(Number(pairingsBefore[0].n));
      expect(Number(n)).toBeGreaterThanOrEqual(62);
      // The generated JWT secret is kept under the data directory so tokens survive restarts.
      expect(existsSync(join(dir, 'jwt-secret'))).toBe(true);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await drop();
    }
  });

  it('loads no demo accounts unless asked', async () => {
    const t = await startTestApp({ SEED_DEMO: 'false' });
    try {
      await t.http().post('/api/auth/login').send({ phone: '13800000001', password: 'Demo@2026' }).expect(401);
    } finally {
      await t.close();
    }
  });

  describe('the built server (dist/main.js)', () => {
    beforeAll(() => {
      if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the backend first (the test command does)`);
    });
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [MAIN], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 20000 });

    it('stops with one line naming a bad setting', () => {
      const r = run({ PORT: 'abc' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('Configuration error: PORT must be a number\n');
    });

    it('refuses to start in production on the embedded shortcuts', () => {
      const r = run({ NODE_ENV: 'production' });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/JWT_SECRET is required when NODE_ENV=production/);
    });
  });
});
