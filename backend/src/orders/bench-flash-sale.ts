import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap';
import { ShopListings } from '../catalog/shop-listings.service';
import { StockService } from '../catalog/stock.service';
import { AppConfig, loadConfig } from '../config/app-config';
import { Role } from '../identity/role';
import { TokenService } from '../identity/token.service';
import { UsersService } from '../identity/users.service';
import { ProductsService } from '../catalog/products.service';
import { benchDatabase } from '../testing/bench-database';

/**
 * `pnpm bench:flash-sale [buyers=500] [units=100]`: boots the real app (SQLite file in a temporary
 * directory; a fresh MySQL/MariaDB database when DATABASE_URL is set), puts `units` of one SKU on
 * sale, and lets `buyers` signed-in citizens POST /api/orders for one unit each, all at once, over
 * real HTTP. Prints orders/s, latency percentiles and the oversell count (must be 0). Never run by the tests.
 */
async function main(): Promise<void> {
  const buyers = Number(process.argv[2] ?? 500);
  const units = Number(process.argv[3] ?? 100);
  const { database, drop, label } = await benchDatabase('SQLite (file, WAL)');
  const dir = mkdtempSync(join(tmpdir(), 'bangfu-bench-'));
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'true', SEED_DEMO_HISTORY: 'false', JWT_SECRET: 'bench-secret-'.padEnd(40, 'x'), FILE_STORAGE_DIR: join(dir, 'files') }),
    database: database.kind === 'sqlite' ? { kind: 'sqlite', path: join(dir, 'bench.sqlite') } : database,
  };
  const app = await createApp(config);
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;

    // One SKU of a product the demo shop shows, with exactly `units` in stock.
    const [listing] = await app.get(ShopListings).listings();
    const sku = (await app.get(ProductsService).skusOf([listing.id])).find((s) => s.enabled)!;
    await app.get(DataSource).query('UPDATE skus SET stock = ? WHERE id = ?', [units, sku.id]);

    // Citizens, hashed once (argon2 is deliberately slow), each with a token.
    const users = app.get(UsersService);
    const template = await users.prepare({ phone: '13600000000', password: 'Bench2026ok', name: '压测买家', roles: [Role.CITIZEN] });
    const tokens: string[] = [];
    for (let i = 0; i < buyers; i++) {
      const u = await users.insert(Object.assign(Object.create(Object.getPrototypeOf(template)), template, { id: randomUUID(), phone: String(13_600_000_000 + i + 1) }));
      tokens.push(app.get(TokenService).issue(u.id));
    }

    const body = JSON.stringify({ items: [{ skuId: sku.id, quantity: 1 }], address: { name: '压测', phone: '13900000000', region: '广东省深圳市福田区', detail: '压测地址 1 号' } });
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token) => {
        const t0 = performance.now();
        const res = await fetch(`${base}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() }, body });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }),
    );
    const wall = (performance.now() - started) / 1000;

    const left = (await app.get(StockService).stockOf(sku.id))!;
    const [{ n }] = await app.get(DataSource).query('SELECT COALESCE(SUM(quantity), 0) AS n FROM order_items WHERE skuId = ?', [sku.id]);
    const sold = Number(n);
    const created = statuses.get(201) ?? 0;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
    const oversell = Math.max(0, sold - units) + (left < 0 ? -left : 0);
    console.log(`flash sale on ${label}: ${buyers} buyers, ${units} units`);
    console.log(`  responses   ${[...statuses].map(([s, c]) => `${s}×${c}`).join('  ')}`);
    console.log(`  orders      ${created} in ${wall.toFixed(2)} s → ${(created / wall).toFixed(1)} orders/s (${(buyers / wall).toFixed(1)} requests/s)`);
    console.log(`  latency ms  p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  max ${latencies[latencies.length - 1].toFixed(1)}`);
    console.log(`  stock left  ${left}; units sold ${sold}; oversell ${oversell}`);
    if (oversell !== 0 || created !== Math.min(buyers, units) || sold + left !== units) {
      console.error('  FAILED: stock and orders do not add up');
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
