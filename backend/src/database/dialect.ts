import { ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * Every difference between SQLite and MySQL/MariaDB lives here: entities and migrations describe
 * columns through these helpers, so the two databases get the same schema from one description.
 */

/** mysql2 returns BIGINT as a string; money and counts are plain numbers in the code. */
const bigintToNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? v : Number(v)),
};

/** Money in integer fen (分). BIGINT so national-scale sums never overflow. */
export const fenColumn = (opts: ColumnOptions = {}): ColumnOptions => ({
  type: 'bigint',
  transformer: bigintToNumber,
  ...opts,
});

/** An instant, stored in UTC with millisecond precision on both databases. */
export const instantColumn = (opts: ColumnOptions = {}): ColumnOptions => ({
  type: 'datetime',
  precision: 3,
  ...opts,
});

/** A calendar date (business day in Asia/Shanghai), returned as 'YYYY-MM-DD'. */
export const dateColumn = (opts: ColumnOptions = {}): ColumnOptions => ({ type: 'date', ...opts });

/** Primary keys are UUIDs made by the application: unguessable and the same on both databases. */
export const UUID_LENGTH = 36;

export type Dialect = 'sqlite' | 'mysql';

/** True when a driver error means a unique constraint was violated (so the service can answer 409). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
