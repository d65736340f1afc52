import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

// The vocabularies as they stood when this migration was written (a migration never follows later code).
const enumOf = (values: string[]) => Object.fromEntries(values.map((v) => [v, v]));

/** Payment attempts (one per Alipay out_trade_no) and their refunds. */
export class Payments1763800006000 implements MigrationInterface {
  name = 'Payments1763800006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'payments',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.varchar('orderNo', 40),
          c.varchar('outTradeNo', 64),
          c.enum('channel', enumOf(['ALIPAY'])),
          c.varchar('device', 8),
          c.fen('amountFen'),
          c.varchar('subject', 256),
          c.enum('status', enumOf(['PENDING', 'PAID', 'CLOSED'])),
          c.varchar('tradeNo', 64, true),
          c.uuidRef('acceptedOrderId', true),
          c.boolean('needsRefund'),
          c.varchar('buyerId', 32, true),
          c.instant('paidAt', true),
          { ...c.enum('confirmedBy', enumOf(['NOTIFY', 'QUERY'])), isNullable: true },
          c.instant('handledAt', true),
          c.fen('refundedFen'),
          c.instant('checkedAt', true),
        ],
        indices: [
          index('IX_payments_order', ['orderId']),
          index('IX_payments_status', ['status', 'createdAt']),
          index('UQ_payments_out_trade_no', ['outTradeNo'], true),
          index('UQ_payments_trade_no', ['tradeNo'], true),
          index('UQ_payments_accepted_order', ['acceptedOrderId'], true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'payment_refunds',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('paymentId'),
          c.uuidRef('orderId'),
          c.varchar('outTradeNo', 64),
          c.varchar('refundNo', 64),
          c.fen('amountFen'),
          c.varchar('reason', 256),
          c.enum('status', enumOf(['PENDING', 'SUCCEEDED', 'FAILED'])),
          c.varchar('message', 256, true),
          c.instant('refundedAt', true),
        ],
        indices: [index('IX_payment_refunds_payment', ['paymentId']), index('UQ_payment_refunds_refund_no', ['refundNo'], true)],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payment_refunds');
    await queryRunner.dropTable('payments');
  }
}
