import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

// The vocabularies as they stood when this migration was written (a migration never follows later code).
const enumOf = (values: string[]) => Object.fromEntries(values.map((v) => [v, v]));

/** Union coupon campaigns (工会消费帮扶券) and the coupons issued from them. */
export class Promotions1763800007000 implements MigrationInterface {
  name = 'Promotions1763800007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'coupon_campaigns',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.varchar('name', 100),
          c.varchar('unionName', 100),
          c.fen('budgetFen'),
          c.fen('issuedFen'),
          c.fen('faceValueFen'),
          c.fen('minSpendFen'),
          c.date('validFrom'),
          c.date('validTo'),
          c.enum('scope', enumOf(['ASSISTANCE', 'ZONE'])),
          c.uuidRef('zoneId', true),
          c.varchar('claimCode', 32, true),
          c.enum('status', enumOf(['ACTIVE', 'SUSPENDED'])),
          c.uuidRef('createdById'),
        ],
        indices: [index('UQ_coupon_campaigns_claim_code', ['claimCode'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'coupons',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('campaignId'),
          c.varchar('code', 24),
          c.varchar('holderPhone', 20),
          c.uuidRef('userId', true),
          c.enum('status', enumOf(['AVAILABLE', 'USED'])),
          c.uuidRef('orderId', true),
          c.instant('usedAt', true),
          c.enum('issuedVia', enumOf(['PHONE_LIST', 'CLAIM_CODE'])),
          c.uuidRef('issuedById', true),
        ],
        indices: [
          index('UQ_coupons_campaign_phone', ['campaignId', 'holderPhone'], true),
          index('UQ_coupons_campaign_user', ['campaignId', 'userId'], true),
          index('UQ_coupons_code', ['code'], true),
          index('IX_coupons_phone', ['holderPhone']),
          index('IX_coupons_user', ['userId']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('coupons');
    await queryRunner.dropTable('coupon_campaigns');
  }
}
