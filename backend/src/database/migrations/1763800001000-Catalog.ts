import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

/** Products, SKUs, certifications, review history and zones. */
export class Catalog1763800001000 implements MigrationInterface {
  name = 'Catalog1763800001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const productStatus = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', APPROVED: 'APPROVED', REJECTED: 'REJECTED', LISTED: 'LISTED', UNLISTED: 'UNLISTED' };
    const category = { FRUIT: 'FRUIT', VEGETABLE: 'VEGETABLE', TEA: 'TEA', GRAIN_OIL: 'GRAIN_OIL', MEAT_EGG: 'MEAT_EGG', DRIED: 'DRIED', PROCESSED: 'PROCESSED', OTHER: 'OTHER' };
    const certType = { ASSISTANCE: 'ASSISTANCE', ZHENPIN: 'ZHENPIN', GREEN: 'GREEN', ORGANIC: 'ORGANIC', GI: 'GI', COMPLIANCE: 'COMPLIANCE' };
    const eventType = {
      CREATED: 'CREATED',
      SUBMITTED: 'SUBMITTED',
      APPROVED: 'APPROVED',
      REJECTED: 'REJECTED',
      CHANGES_SUBMITTED: 'CHANGES_SUBMITTED',
      CHANGES_APPROVED: 'CHANGES_APPROVED',
      CHANGES_REJECTED: 'CHANGES_REJECTED',
      LISTED: 'LISTED',
      UNLISTED: 'UNLISTED',
      EXPIRED: 'EXPIRED',
    };

    await queryRunner.createTable(
      new Table({
        name: 'products',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('supplierId'),
          c.varchar('name', 100),
          c.enum('category', category),
          c.text('description'),
          c.text('images'),
          c.varchar('originCountyCode', 6),
          c.uuidRef('supplyBaseId', true),
          c.enum('storage', { ROOM: 'ROOM', CHILLED: 'CHILLED', FROZEN: 'FROZEN' }),
          c.boolean('coldChain'),
          c.text('saleMonths'),
          c.enum('status', productStatus, 'DRAFT'),
          c.varchar('rejectReason', 200, true),
          c.varchar('delistReason', 200, true),
          c.text('pendingChanges', true),
          c.instant('changesSubmittedAt', true),
          c.instant('listedAt', true),
        ],
        indices: [index('IX_products_supplier', ['supplierId']), index('IX_products_status', ['status'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'skus',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('productId'),
          c.varchar('spec', 60),
          c.varchar('unit', 10),
          c.int('netWeightGrams'),
          c.fen('priceFen'),
          c.int('stock'),
          c.int('agencyMinQty'),
          c.boolean('enabled'),
        ],
        indices: [index('IX_skus_product', ['productId'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certifications',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('productId'),
          c.enum('type', certType),
          c.varchar('number', 60),
          c.varchar('issuer', 100),
          c.varchar('issuingCountyCode', 6, true),
          c.date('validFrom'),
          c.date('validTo'),
          c.int('linkedHouseholds', true),
          c.uuidRef('documentFileId'),
          c.enum('review', { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' }, 'PENDING'),
          c.varchar('rejectReason', 200, true),
        ],
        indices: [index('IX_certifications_product', ['productId'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_events',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('productId'),
          c.enum('type', eventType),
          c.uuidRef('actorId', true),
          c.varchar('reason', 200, true),
          c.text('diff', true),
        ],
        indices: [index('IX_product_events_product', ['productId', 'createdAt'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'zones',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.varchar('slug', 60),
          c.varchar('name', 60),
          c.varchar('description', 300),
          c.enum('kind', { RULE: 'RULE', MANUAL: 'MANUAL' }),
          c.text('rule', true),
          c.text('productIds'),
          c.boolean('active'),
          c.int('sortOrder'),
          c.uuidRef('createdById', true),
        ],
        indices: [index('UQ_zones_slug', ['slug'], true)],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['zones', 'product_events', 'certifications', 'skus', 'products']) await queryRunner.dropTable(name);
  }
}
