import { Logger } from '@nestjs/common';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

/** MySQL refuses CREATE TRIGGER without SUPER when binary logging is on (1419), or without the TRIGGER privilege (1142, 1227). */
const TRIGGER_PRIVILEGE_ERRORS = new Set([1419, 1142, 1227]);

/**
 * The append-only audit log (操作日志). Besides the code never updating or deleting a line, the
 * database refuses it: BEFORE UPDATE / BEFORE DELETE triggers abort the statement, on SQLite and on
 * MySQL/MariaDB alike (dropping the table, as undoing this migration does, still works).
 */
export class Audit1763900000500 implements MigrationInterface {
  name = 'Audit1763900000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          c.id(),
          c.instant('at'),
          c.uuidRef('actorUserId', true),
          c.varchar('actorName', 60),
          c.varchar('action', 60),
          c.varchar('subjectType', 40),
          c.varchar('subjectId', 64),
          c.varchar('summary', 300),
          c.text('before', true),
          c.text('after', true),
          c.uuidRef('agencyId', true),
          c.uuidRef('supplierId', true),
        ],
        indices: [
          index('IX_audit_entries_at', ['at']),
          index('IX_audit_entries_subject', ['subjectType', 'subjectId', 'at']),
          index('IX_audit_entries_actor', ['actorUserId', 'at']),
          index('IX_audit_entries_action', ['action', 'at']),
        ],
      }),
    );
    for (const op of ['UPDATE', 'DELETE'] as const) {
      const name = `audit_entries_no_${op.toLowerCase()}`;
      if (!c.mysql) {
        await queryRunner.query(`CREATE TRIGGER "${name}" BEFORE ${op} ON "audit_entries" BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END`);
        continue;
      }
      try {
        await queryRunner.query(
          `CREATE TRIGGER \`${name}\` BEFORE ${op} ON \`audit_entries\` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entries is append-only'`,
        );
      } catch (err) {
        // A database user without the right to create triggers must not stop the marketplace from
        // starting: the code path stays append-only; operators are told how to add the guard.
        if (!TRIGGER_PRIVILEGE_ERRORS.has((err as { errno?: number })?.errno ?? (err as { driverError?: { errno?: number } })?.driverError?.errno ?? 0)) throw err;
        new Logger('Migrations').warn(`audit_entries: trigger ${name} not created (${(err as Error).message}); grant TRIGGER (or set log_bin_trust_function_creators=1) and re-create it`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
  }
}
