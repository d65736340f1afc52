import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

/** Identity, regions and pairings, and the bare organisations (agencies, canteens, suppliers). */
export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const table = (name: string, cols: ReturnType<typeof c.id>[], indices: ReturnType<typeof index>[] = []) =>
      queryRunner.createTable(new Table({ name, columns: cols, indices }));

    await table(
      'users',
      [
        c.id(),
        ...c.timestamps(),
        c.varchar('phone', 20),
        c.varchar('name', 50),
        c.varchar('passwordHash', 255),
        c.text('roles'),
        c.uuidRef('agencyId', true),
        c.uuidRef('supplierId', true),
        c.enum('status', { ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' }, 'ACTIVE'),
      ],
      [index('UQ_users_phone', ['phone'], true)],
    );
    await table(
      'login_attempts',
      [c.serialId(), c.varchar('phone', 20), c.varchar('ip', 64), c.boolean('succeeded'), c.instant('attemptedAt')],
      [index('IX_login_attempts_phone', ['phone', 'attemptedAt']), index('IX_login_attempts_ip', ['ip', 'attemptedAt'])],
    );
    await table(
      'divisions',
      [
        c.id(),
        ...c.timestamps(),
        c.varchar('code', 6),
        c.varchar('name', 60),
        c.varchar('fullName', 120),
        c.enum('level', { PROVINCE: 'PROVINCE', CITY: 'CITY', COUNTY: 'COUNTY' }),
        c.varchar('parentCode', 6, true),
        c.date('validFrom'),
        c.date('validTo', true),
        c.varchar('successorCode', 6, true),
      ],
      [
        index('UQ_divisions_code_from', ['code', 'validFrom'], true),
        index('IX_divisions_code', ['code']),
        index('IX_divisions_parent', ['parentCode']),
      ],
    );
    await table(
      'helper_units',
      [c.id(), ...c.timestamps(), c.varchar('name', 60), c.varchar('city', 30), c.enum('kind', { CITY: 'CITY', DISTRICT: 'DISTRICT', TOWN: 'TOWN' })],
      [index('UQ_helper_units_name', ['name'], true)],
    );
    await table('source_documents', [
      { ...c.varchar('id', 40), isPrimary: true },
      c.varchar('title', 200),
      c.varchar('docNo', 60, true),
      c.date('validFrom', true),
      c.date('validTo', true),
      c.instant('createdAt'),
    ]);
    await table(
      'pairings',
      [
        c.id(),
        ...c.timestamps(),
        c.uuidRef('helperUnitId'),
        c.varchar('countyCode', 6),
        c.enum('role', { LEAD: 'LEAD', ASSIST: 'ASSIST' }),
        c.date('validFrom'),
        c.date('validTo', true),
        c.varchar('sourceId', 40),
        c.varchar('note', 200, true),
        c.uuidRef('createdById', true),
        c.instant('endedAt', true),
        c.uuidRef('endedById', true),
        c.varchar('endedReason', 200, true),
      ],
      [index('IX_pairings_county', ['countyCode', 'validFrom']), index('IX_pairings_helper', ['helperUnitId', 'validFrom'])],
    );
    await table(
      'agencies',
      [
        c.id(),
        ...c.timestamps(),
        c.varchar('name', 100),
        c.varchar('creditCode', 18, true),
        c.varchar('divisionCode', 6),
        c.enum('status', { ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' }, 'ACTIVE'),
      ],
      [index('UQ_agencies_name', ['name'], true), index('UQ_agencies_credit_code', ['creditCode'], true)],
    );
    await table(
      'canteens',
      [c.id(), ...c.timestamps(), c.uuidRef('agencyId'), c.varchar('name', 100), c.varchar('address', 200, true)],
      [index('UQ_canteens_agency_name', ['agencyId', 'name'], true)],
    );
    await table(
      'suppliers',
      [
        c.id(),
        ...c.timestamps(),
        c.varchar('name', 100),
        c.varchar('creditCode', 18),
        c.varchar('countyCode', 6),
        c.enum('status', { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED', SUSPENDED: 'SUSPENDED' }, 'PENDING'),
      ],
      [index('UQ_suppliers_credit_code', ['creditCode'], true)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['suppliers', 'canteens', 'agencies', 'pairings', 'source_documents', 'helper_units', 'divisions', 'login_attempts', 'users']) {
      await queryRunner.dropTable(name);
    }
  }
}
