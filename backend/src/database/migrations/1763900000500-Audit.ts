import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

/** The append-only audit log (操作日志). */
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
  }
}
