import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { AppConfig } from '../config/app-config';

/**
 * The scratch database of a benchmark script: with DATABASE_URL a fresh MySQL/MariaDB database on
 * that server (dropped by `drop`), otherwise SQLite (the caller picks the file). Never used by tests.
 */
export async function benchDatabase(sqliteLabel: string): Promise<{ database: AppConfig['database']; drop: () => Promise<void>; label: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { database: { kind: 'sqlite', path: '' }, drop: async () => undefined, label: sqliteLabel };
  const name = `bangfu_bench_${randomBytes(4).toString('hex')}`;
  const server = new URL(url);
  server.pathname = '/';
  const admin = await createConnection({ uri: server.toString() });
  const [[{ v }]] = (await admin.query('SELECT VERSION() AS v')) as unknown as [[{ v: string }]];
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    database: { kind: 'mysql', url: dbUrl.toString() },
    label: `MySQL/MariaDB ${v}`,
    drop: async () => {
      const c = await createConnection({ uri: server.toString() });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
