import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';
import { ApprovalMode } from '../../procurement/orders/approval-rule.entity';
import { ProcurementEventType } from '../../procurement/orders/procurement-order-event.entity';
import { InvoiceStatus } from '../../procurement/orders/procurement-order-status';
import { ProcurementRefundMethod, ProcurementRefundStatus } from '../../procurement/orders/procurement-refund.entity';

/** The procurement order flow: approval rules, order history, acceptance records, invoices, refunds. */
export class ProcurementFlow1763900001000 implements MigrationInterface {
  name = 'ProcurementFlow1763900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'approval_rules',
        columns: [c.id(), ...c.timestamps(), c.uuidRef('agencyId'), c.enum('mode', ApprovalMode), c.fen('thresholdFen', true), c.uuidRef('updatedByUserId', true)],
        indices: [index('UQ_approval_rules_agency', ['agencyId'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'procurement_order_events',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.enum('type', ProcurementEventType),
          c.varchar('fromStatus', 30, true),
          c.varchar('toStatus', 30, true),
          c.uuidRef('actorUserId', true),
          c.varchar('actorName', 60),
          c.varchar('note', 300, true),
          c.instant('at'),
        ],
        indices: [index('IX_procurement_order_events_order', ['orderId', 'at'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'procurement_acceptances',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.uuidRef('acceptedByUserId'),
          c.varchar('acceptedByName', 60),
          c.varchar('note', 500, true),
          c.text('photoFileIds'),
          c.instant('acceptedAt'),
        ],
        indices: [index('UQ_procurement_acceptances_order', ['orderId'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'procurement_invoices',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.varchar('invoiceNo', 20),
          c.fen('amountFen'),
          c.uuidRef('fileId'),
          c.enum('status', InvoiceStatus),
          c.uuidRef('submittedByUserId'),
          c.uuidRef('decidedByUserId', true),
          c.instant('decidedAt', true),
          c.varchar('rejectReason', 200, true),
        ],
        indices: [index('IX_procurement_invoices_order', ['orderId', 'createdAt'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'procurement_refunds',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.varchar('refundNo', 40),
          c.fen('amountFen'),
          c.varchar('reason', 200),
          c.enum('method', ProcurementRefundMethod),
          c.varchar('reference', 64, true),
          c.enum('status', ProcurementRefundStatus),
          c.varchar('failureMessage', 200, true),
          c.uuidRef('actorUserId', true),
          c.varchar('actorName', 60),
        ],
        indices: [index('UQ_procurement_refunds_no', ['refundNo'], true), index('IX_procurement_refunds_order', ['orderId'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['procurement_refunds', 'procurement_invoices', 'procurement_acceptances', 'procurement_order_events', 'approval_rules']) await queryRunner.dropTable(t);
  }
}
