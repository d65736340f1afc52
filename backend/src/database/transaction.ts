import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one database transaction, the same way on both databases.
 *
 * - SQLite (better-sqlite3): every transaction already has the connection to itself
 *   (database/sqlite-serial.ts), so there is nothing to add here.
 * - MySQL/MariaDB: a deadlock or lock-wait timeout between concurrent transactions (InnoDB picks a
 *   victim) is retried a few times; `work` must therefore be safe to run again — it is, since its
 *   writes were rolled back.
 */
const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const ATTEMPTS = 4;

export async function inTransaction<T>(dataSource: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (err) {
      const e = err as { code?: string; driverError?: { code?: string } };
      const code = e?.driverError?.code ?? e?.code;
      if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}
