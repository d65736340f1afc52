import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns, index } from '../migration-columns';

const SUPPLIER_STATUS = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED', SUSPENDED: 'SUSPENDED' };

/**
 * Supply side: supplier admission (application details on suppliers, the decision history), supply
 * bases, and uploaded files. The new supplier columns are nullable (or defaulted) because
 * suppliers created before admission existed have none of them.
 */
export class SupplierAdmission1763800000000 implements MigrationInterface {
  name = 'SupplierAdmission1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const table = (name: string, cols: ReturnType<typeof c.id>[], indices: ReturnType<typeof index>[] = []) =>
      queryRunner.createTable(new Table({ name, columns: cols, indices }));

    await queryRunner.addColumns(
      'suppliers',
      [
        c.enum('kind', { COOPERATIVE: 'COOPERATIVE', ENTERPRISE: 'ENTERPRISE', FAMILY_FARM: 'FAMILY_FARM' }, 'COOPERATIVE'),
        c.text('licences', true),
        c.varchar('contactName', 50, true),
        c.varchar('contactPhone', 20, true),
        c.varchar('contactAddress', 200, true),
        c.int('linkedHouseholds', true),
        c.text('linkageDescription', true),
        c.varchar('statusReason', 200, true),
        c.instant('submittedAt', true),
      ].map((o) => new TableColumn(o)),
    );
    await queryRunner.createIndex('suppliers', new TableIndex(index('IX_suppliers_status', ['status'])));

    await table(
      'supplier_decisions',
      [
        c.id(),
        ...c.timestamps(),
        c.uuidRef('supplierId'),
        c.enum('action', { SUBMIT: 'SUBMIT', RESUBMIT: 'RESUBMIT', ADMIT: 'ADMIT', APPROVE: 'APPROVE', REJECT: 'REJECT', SUSPEND: 'SUSPEND', REINSTATE: 'REINSTATE' }),
        { ...c.enum('fromStatus', SUPPLIER_STATUS), isNullable: true },
        c.enum('toStatus', SUPPLIER_STATUS),
        c.varchar('reason', 200, true),
        c.uuidRef('actorId', true),
        c.varchar('actorName', 50, true),
        c.instant('decidedAt'),
      ],
      [index('IX_supplier_decisions_supplier', ['supplierId', 'decidedAt'])],
    );

    await table(
      'supply_bases',
      [
        c.id(),
        ...c.timestamps(),
        c.uuidRef('supplierId'),
        c.varchar('name', 100),
        c.varchar('countyCode', 6),
        c.varchar('township', 50),
        c.int('latitudeE6'),
        c.int('longitudeE6'),
        c.int('areaCentiMu'),
        c.enum('baseType', { PLANTING: 'PLANTING', BREEDING: 'BREEDING', PROCESSING: 'PROCESSING', STORAGE_LOGISTICS: 'STORAGE_LOGISTICS', INTEGRATED: 'INTEGRATED' }),
        c.text('products'),
        c.text('certifications'),
        c.date('soilTestedOn', true),
        c.date('waterTestedOn', true),
        c.enum('status', { PENDING: 'PENDING', VERIFIED: 'VERIFIED', REJECTED: 'REJECTED' }, 'PENDING'),
        c.varchar('statusReason', 200, true),
        c.uuidRef('reviewedById', true),
        c.instant('reviewedAt', true),
      ],
      [index('IX_supply_bases_supplier', ['supplierId']), index('IX_supply_bases_status', ['status'])],
    );

    await table(
      'file_records',
      [
        c.id(),
        ...c.timestamps(),
        c.uuidRef('uploaderId'),
        c.uuidRef('supplierId', true),
        c.varchar('contentType', 50),
        c.int('size'),
        c.varchar('sha256', 64),
        c.varchar('originalName', 255),
      ],
      [index('IX_file_records_uploader', ['uploaderId']), index('IX_file_records_supplier', ['supplierId'])],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['file_records', 'supply_bases', 'supplier_decisions']) await queryRunner.dropTable(name);
    await queryRunner.dropIndex('suppliers', 'IX_suppliers_status');
    for (const name of ['submittedAt', 'statusReason', 'linkageDescription', 'linkedHouseholds', 'contactAddress', 'contactPhone', 'contactName', 'licences', 'kind']) {
      await queryRunner.dropColumn('suppliers', name);
    }
  }
}
