import { DataSource } from 'typeorm';
import { underStartupLock } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { MIGRATIONS } from '../database/migrations';
import { Readiness } from '../health/readiness';
import { checkout, freePort, listedSku, newBuyers, payAtCashier } from '../testing/order-fixtures';
import { startTestApp, TestApp } from '../testing/test-app';

/** The value of one sample line of the Prometheus text, or 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('observability: probes and metrics', () => {
  let t: TestApp;
  let base: string;
  const metrics = async () => (await t.http().get('/api/metrics').expect(200)).text;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PUBLIC_BASE_URL: base });
    await t.app.listen(port, '127.0.0.1');
  });
  afterAll(() => t.close());

  it('answers liveness without touching the database, readiness with the migrations done, and keeps /api/health', async () => {
    const live = await t.http().get('/api/health/live').expect(200);
    expect(live.body).toEqual({ status: 'ok', pid: process.pid, uptimeSeconds: expect.any(Number) });
    const ready = await t.http().get('/api/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', db: t.config.database.kind, search: 'embedded', migrations: MIGRATIONS.length });
    await t.http().get('/api/health').expect(200, { status: 'ok', db: t.config.database.kind, search: 'embedded' });
  });

  it('counts HTTP requests by route template and status, with latency', async () => {
    const before = await metrics();
    const liveSeries = 'http_requests_total{method="GET",route="/api/health/live",status="200"}';
    for (let i = 0; i < 3; i++) await t.http().get('/api/health/live').expect(200);
    await t.http().get('/api/orders/00000000-0000-4000-8000-000000000000').expect(401);
    await t.http().get('/api/no-such-route/123').expect(404);
    const after = await metrics();
    expect(sample(after, liveSeries) - sample(before, liveSeries)).toBe(3);
    // A route template, never the id itself.
    expect(sample(after, 'http_requests_total{method="GET",route="/api/orders/:id",status="401"}') - sample(before, 'http_requests_total{method="GET",route="/api/orders/:id",status="401"}')).toBe(1);
    expect(after).not.toContain('00000000-0000-4000-8000-000000000000');
    expect(sample(after, 'http_requests_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'http_request_duration_seconds_count{method="GET",route="/api/health/live",status="200"}') - sample(before, 'http_request_duration_seconds_count{method="GET",route="/api/health/live",status="200"}')).toBe(3);
    expect(after).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('counts orders created and paid, payment notifications by answer, and search latency', async () => {
    const before = await metrics();
    const sku = await listedSku(t, 'mango', { stock: 10, priceFen: 990 });
    const [buyer] = await newBuyers(t, 1);
    const a = await checkout(t, buyer, [{ skuId: sku.skuId, quantity: 1 }]);
    const b = await checkout(t, buyer, [{ skuId: sku.skuId, quantity: 1 }]);
    expect([a.status, b.status]).toEqual([201, 201]);
    // A replay of the same key is the same order, not a new one.
    const key = 'metrics-replay-key-1';
    await checkout(t, buyer, [{ skuId: sku.skuId, quantity: 1 }], key).expect(201);
    await checkout(t, buyer, [{ skuId: sku.skuId, quantity: 1 }], key).expect(201);
    await payAtCashier(t, base, buyer, a.body.id);
    await t.http().post('/api/payments/alipay/notify').type('form').send({ out_trade_no: 'forged' }).expect(200, 'failure');
    await t.http().get('/api/products').query({ q: '芒果' }).expect(200);
    await t.http().get('/api/products').query({ q: '苹果' }).expect(200);

    const after = await metrics();
    const delta = (series: string) => sample(after, series) - sample(before, series);
    expect(delta('bangfu_orders_created_total')).toBe(3);
    expect(delta('bangfu_orders_paid_total')).toBe(1);
    expect(delta('bangfu_payment_notifications_total{result="success"}')).toBe(1);
    expect(delta('bangfu_payment_notifications_total{result="failure"}')).toBe(1);
    expect(delta('bangfu_search_duration_seconds_count{engine="embedded",outcome="ok"}')).toBeGreaterThanOrEqual(2);
  });

  it('reports not ready once shutdown has begun, so the balancer drains the replica', async () => {
    t.app.get(Readiness).beforeApplicationShutdown();
    const res = await t.http().get('/api/health/ready').expect(503);
    expect(res.body).toMatchObject({ code: 'NOT_READY', message: '服务正在停止' });
    await t.http().get('/api/health/live').expect(200);
  });
});

describe('observability: who may read /api/metrics', () => {
  it('is config-checked', () => {
    expect(loadConfig({}).metrics).toEqual({ enabled: true, token: null });
    expect(loadConfig({ METRICS_ENABLED: 'off', METRICS_TOKEN: 'scrape-token-0123456789' }).metrics).toEqual({ enabled: false, token: 'scrape-token-0123456789' });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 characters');
    expect(() => loadConfig({ METRICS_ENABLED: 'perhaps' })).toThrow(/^METRICS_ENABLED must be one of/);
    // Behind nginx on a container network: which proxies' X-Forwarded-For to believe.
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal' }).trustProxy).toBe('loopback, uniquelocal');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone!' })).toThrow(/^TRUST_PROXY must be/);
  });

  it('asks for the bearer token when METRICS_TOKEN is set, and is gone when disabled', async () => {
    const guarded = await startTestApp({ SEED_DEMO: 'false', METRICS_TOKEN: 'scrape-token-0123456789' });
    try {
      const refused = await guarded.http().get('/api/metrics').expect(401);
      expect(refused.body).toMatchObject({ code: 'METRICS_TOKEN_REQUIRED' });
      expect(refused.headers['www-authenticate']).toContain('Bearer');
      await guarded.http().get('/api/metrics').set('Authorization', 'Bearer scrape-token-0123456780').expect(401);
      const ok = await guarded.http().get('/api/metrics').set('Authorization', 'Bearer scrape-token-0123456789').expect(200);
      expect(ok.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
      expect(ok.text).toContain('# TYPE http_requests_total counter');
    } finally {
      await guarded.close();
    }
    const off = await startTestApp({ SEED_DEMO: 'false', METRICS_ENABLED: 'false' });
    try {
      await off.http().get('/api/metrics').expect(404);
    } finally {
      await off.close();
    }
  });
});

describe('start-up lock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'false' });
  });
  afterAll(() => t.close());

  it('lets one process migrate at a time on MySQL (and is a pass-through on SQLite)', async () => {
    const ds = t.app.get(DataSource);
    if (t.config.database.kind !== 'mysql') {
      await expect(underStartupLock(ds, t.config, async () => 'ran')).resolves.toBe('ran');
      return;
    }
    // Two starts at once: the second begins only after the first has finished.
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 300));
      log.push(`${name} end`);
      return name;
    };
    expect(await Promise.all([underStartupLock(ds, t.config, work('a')), underStartupLock(ds, t.config, work('b'))])).toEqual(['a', 'b']);
    expect([log[0].slice(2), log[1].slice(2)]).toEqual(['start', 'end']);
    expect(log[0][0]).toBe(log[1][0]);
    // While another session holds it, a start gives up after its timeout instead of migrating alongside.
    const other = ds.createQueryRunner();
    await other.connect();
    try {
      await other.query("SELECT GET_LOCK(LEFT(CONCAT('bangfu_migrations.', DATABASE()), 64), 5)");
      await expect(underStartupLock(ds, t.config, async () => 'ran', 1)).rejects.toThrow('another process held the migration lock for 1 s');
      await other.query("SELECT RELEASE_LOCK(LEFT(CONCAT('bangfu_migrations.', DATABASE()), 64))");
      await expect(underStartupLock(ds, t.config, async () => 'ran', 1)).resolves.toBe('ran');
    } finally {
      await other.release();
    }
  });
});
