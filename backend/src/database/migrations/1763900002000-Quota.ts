import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

// The vocabularies as they stood when this migration was written (a migration never follows later code).
const enumOf = (values: string[]) => Object.fromEntries(values.map((v) => [v, v]));

/** Reserved-share policies (versioned), agencies' yearly declarations with their history, and reminders. */
export class Quota1763900002000 implements MigrationInterface {
  name = 'Quota1763900002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'quota_policies',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.varchar('scopeCode', 6),
          c.int('year'),
          c.int('ratioBp'),
          c.boolean('countsUnionWelfare'),
          c.boolean('countsStaffPurchases'),
          c.boolean('pairedCountiesOnly'),
          c.varchar('basis', 300),
          c.boolean('effective'),
          c.uuidRef('lineageId'),
          c.int('versionNo'),
          c.varchar('currentKey', 12, true),
          c.varchar('referenceKey', 40, true),
          c.varchar('changeReason', 200, true),
          c.uuidRef('createdByUserId', true),
          c.varchar('createdByName', 60),
          c.instant('supersededAt', true),
          c.uuidRef('supersededById', true),
          c.uuidRef('supersededByUserId', true),
        ],
        indices: [
          index('IX_quota_policies_year_scope', ['year', 'scopeCode']),
          index('IX_quota_policies_lineage', ['lineageId', 'versionNo']),
          index('UQ_quota_policies_current', ['currentKey'], true),
          index('UQ_quota_policies_reference', ['referenceKey'], true),
        ],
      }),
    );
    const declarationColumns = [
      c.uuidRef('agencyId'),
      c.int('year'),
      c.boolean('hasCanteen'),
      c.fen('annualAgriSpendFen'),
      c.varchar('remarks', 200, true),
      c.int('revision'),
      c.uuidRef('filedByUserId'),
      c.varchar('filedByName', 60),
      c.instant('filedAt'),
      c.boolean('onBehalf'),
    ];
    await queryRunner.createTable(
      new Table({
        name: 'quota_declarations',
        columns: [c.id(), ...c.timestamps(), ...declarationColumns],
        indices: [index('UQ_quota_declarations_agency_year', ['agencyId', 'year'], true), index('IX_quota_declarations_year', ['year'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'quota_declaration_revisions',
        columns: [c.id(), ...c.timestamps(), c.uuidRef('declarationId'), ...declarationColumns],
        indices: [
          index('UQ_quota_declaration_revisions', ['declarationId', 'revision'], true),
          index('IX_quota_declaration_revisions_agency', ['agencyId', 'year']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'declaration_reminders',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('agencyId'),
          c.int('year'),
          c.enum('channel', enumOf(['IN_APP'])),
          c.varchar('message', 300),
          c.uuidRef('sentByUserId'),
          c.varchar('sentByName', 60),
        ],
        indices: [index('IX_declaration_reminders_agency', ['agencyId', 'year', 'createdAt'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['declaration_reminders', 'quota_declaration_revisions', 'quota_declarations', 'quota_policies']) await queryRunner.dropTable(t);
  }
}
