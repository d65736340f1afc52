import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';
import { AgreementParty, AgreementStatus } from '../../procurement/agreements/agreement-status';

/** Direct-supply agreements (定向直供), their lines, and standing weekly orders under them. */
export class SupplyAgreements1763900004000 implements MigrationInterface {
  name = 'SupplyAgreements1763900004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'supply_agreements',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('agencyId'),
          c.uuidRef('supplierId'),
          c.varchar('title', 100),
          c.date('validFrom'),
          c.date('validTo'),
          c.enum('status', AgreementStatus),
          c.int('version'),
          c.uuidRef('proposedBy'),
          c.varchar('note', 500, true),
          c.uuidRef('respondedBy', true),
          c.instant('respondedAt', true),
          c.varchar('declineReason', 200, true),
          c.instant('endedAt', true),
          c.uuidRef('endedBy', true),
          c.enum('endedByParty', AgreementParty, undefined, true),
          c.varchar('endReason', 200, true),
        ],
        indices: [
          index('IX_supply_agreements_agency', ['agencyId', 'status', 'createdAt']),
          index('IX_supply_agreements_supplier', ['supplierId', 'status', 'createdAt']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'supply_agreement_lines',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('agreementId'),
          c.uuidRef('productId'),
          c.uuidRef('skuId'),
          c.varchar('productName', 100),
          c.varchar('spec', 60),
          c.varchar('unit', 10),
          c.fen('shopPriceFen'),
          c.fen('priceFen'),
          c.int('minQty'),
        ],
        indices: [index('UQ_supply_agreement_lines_sku', ['agreementId', 'skuId'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'standing_orders',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('agreementId'),
          c.uuidRef('agencyId'),
          c.uuidRef('canteenId'),
          c.uuidRef('createdBy'),
          c.varchar('createdByName', 60),
          c.int('weekday'),
          c.int('leadDays'),
          c.text('lines'),
          c.varchar('note', 500, true),
          c.boolean('active'),
          c.varchar('stoppedReason', 200, true),
          c.date('nextDeliveryDate'),
          c.date('pendingDeliveryDate', true),
          c.instant('claimedAt', true),
          c.instant('lastRunAt', true),
          c.date('lastDeliveryDate', true),
          c.varchar('lastOrderNo', 16, true),
          c.varchar('lastError', 300, true),
          c.int('version'),
        ],
        indices: [
          index('IX_standing_orders_agreement', ['agreementId']),
          index('IX_standing_orders_agency', ['agencyId', 'createdAt']),
          index('IX_standing_orders_due', ['active', 'nextDeliveryDate']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('standing_orders');
    await queryRunner.dropTable('supply_agreement_lines');
    await queryRunner.dropTable('supply_agreements');
  }
}
