import { AsyncLocalStorage } from 'node:async_hooks';
import { EntityManager } from 'typeorm';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner';
import { EntityPersistExecutor } from 'typeorm/persistence/EntityPersistExecutor';

/**
 * SQLite through TypeORM has ONE connection and ONE query runner per DataSource. Left alone, two
 * requests' transactions nest as savepoints of each other, and a plain write from one request made
 * while another's transaction is open becomes part of it (and is undone if that one rolls back).
 *
 * This gives each transaction the connection to itself: a transaction (explicit, or the implicit one
 * `save()` opens) takes an exclusive turn and runs in an async context that marks it as the holder;
 * every statement from any other context waits until no transaction is open. Statements outside
 * transactions share the connection freely (better-sqlite3 runs each one synchronously). Writers
 * are preferred, so a stream of reads can't starve a checkout. MySQL/MariaDB are untouched: they
 * have a real pool and real isolation.
 */
class Gate {
  holder: object | null = null;
  private readers = 0;
  private writersWaiting = 0;
  private waiters: (() => void)[] = [];

  async exclusive(token: object): Promise<void> {
    this.writersWaiting++;
    try {
      while (this.holder || this.readers > 0) await this.wait();
    } finally {
      this.writersWaiting--;
    }
    this.holder = token;
  }

  releaseExclusive(): void {
    this.holder = null;
    this.wake();
  }

  async shared(): Promise<void> {
    while (this.holder || this.writersWaiting > 0) await this.wait();
    this.readers++;
  }

  releaseShared(): void {
    this.readers--;
    if (this.readers === 0) this.wake();
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
}

const context = new AsyncLocalStorage<object>();
const gates = new WeakMap<object, Gate>();
const gateOf = (driver: object) => {
  let g = gates.get(driver);
  if (!g) gates.set(driver, (g = new Gate()));
  return g;
};
const isSqlite = (driver: { options: { type: string } }) => driver.options.type === 'better-sqlite3';

/** Runs `work` as the connection's only transaction, unless the caller already holds it. */
async function exclusively<T>(driver: object, work: () => Promise<T>): Promise<T> {
  const gate = gateOf(driver);
  const current = context.getStore();
  if (current && gate.holder === current) return work();
  const token = {};
  await gate.exclusive(token);
  try {
    return await context.run(token, work);
  } finally {
    gate.releaseExclusive();
  }
}

let installed = false;

export function installSqliteSerialisation(): void {
  if (installed) return;
  installed = true;

  const transaction = EntityManager.prototype.transaction;
  EntityManager.prototype.transaction = function (this: EntityManager, ...args: unknown[]) {
    const run = () => (transaction as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    return isSqlite(this.connection.driver) ? exclusively(this.connection.driver, run) : run();
  } as typeof transaction;

  const execute = EntityPersistExecutor.prototype.execute;
  EntityPersistExecutor.prototype.execute = function (this: EntityPersistExecutor) {
    const run = () => execute.apply(this);
    const { driver } = this.dataSource;
    // A save inside a transaction the caller holds runs there; otherwise it takes its own turn.
    return isSqlite(driver) ? exclusively(driver, run) : run();
  };

  const query = BetterSqlite3QueryRunner.prototype.query;
  BetterSqlite3QueryRunner.prototype.query = async function (this: BetterSqlite3QueryRunner, ...args: unknown[]) {
    const gate = gateOf(this.driver);
    const current = context.getStore();
    if (gate.holder && current === gate.holder) return (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    await gate.shared();
    try {
      return await (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    } finally {
      gate.releaseShared();
    }
  } as typeof query;
}
