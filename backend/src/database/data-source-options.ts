import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { installSqliteSerialisation } from './sqlite-serial';

/**
 * MySQL and MariaDB speak the same protocol but report schemas differently (MariaDB shows a
 * nullable column's default as the string NULL); TypeORM handles that only when told which it is.
 */
async function mysqlFlavour(url: string): Promise<'mysql' | 'mariadb'> {
  const conn = await createConnection({ uri: url });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as { v: string }[])[0]?.v)) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}

/** The one place that turns configuration into a TypeORM connection for either database. */
export async function dataSourceOptions(config: AppConfig): Promise<DataSourceOptions> {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: false, synchronize: false, logging: false } as const;
  if (config.database.kind === 'mysql') {
    return {
      ...common,
      type: await mysqlFlavour(config.database.url),
      url: config.database.url,
      timezone: 'Z', // store UTC; business dates are computed in Asia/Shanghai by the code
      charset: 'utf8mb4_unicode_ci',
      bigNumberStrings: true,
      supportBigNumbers: true,
      extra: { connectionLimit: 10 },
    };
  }
  installSqliteSerialisation();
  const path = config.database.path;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: path,
    // WAL lets readers proceed while one writer commits; busy timeout makes writers wait, not fail.
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
