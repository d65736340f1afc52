import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { AppConfig } from '../config/app-config';

/**
 * A fresh, empty database for one test suite: in-memory SQLite by default, or — when DATABASE_URL
 * is set (the MySQL run in CI) — a new database on that server, dropped when the suite ends.
 */
export async function freshDatabase(): Promise<{ database: AppConfig['database']; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { database: { kind: 'sqlite', path: ':memory:' }, drop: async () => undefined };
  const name = `bangfu_t_${randomBytes(5).toString('hex')}`;
  const server = new URL(url);
  server.pathname = '/';
  const admin = await createConnection({ uri: server.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    database: { kind: 'mysql', url: dbUrl.toString() },
    drop: async () => {
      const c = await createConnection({ uri: server.toString() });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
