import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';
import { InvoiceStatus, ProcurementOrderStatus, ProcurementPaymentMethod, ProcurementPaymentStatus, ProcurementPurpose } from '../../procurement/orders/procurement-order-status';

/** Canteens' procurement orders (采购订单) and their lines. */
export class ProcurementOrders1763900000000 implements MigrationInterface {
  name = 'ProcurementOrders1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'procurement_orders',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.varchar('orderNo', 16),
          c.uuidRef('agencyId'),
          c.uuidRef('canteenId'),
          c.uuidRef('buyerUserId'),
          c.uuidRef('supplierId'),
          c.uuidRef('agreementId', true),
          c.uuidRef('standingOrderId', true),
          c.varchar('idempotencyKey', 100),
          c.varchar('requestHash', 64),
          c.enum('purpose', ProcurementPurpose, ProcurementPurpose.CANTEEN),
          c.enum('status', ProcurementOrderStatus),
          c.int('version'),
          c.fen('goodsFen'),
          c.fen('confirmedFen', true),
          c.fen('acceptedFen', true),
          c.fen('acceptedPairedFen', true),
          c.fen('refundedFen'),
          c.date('deliveryDate'),
          c.varchar('deliveryAddress', 200),
          c.varchar('contactName', 40),
          c.varchar('contactPhone', 20),
          c.varchar('buyerNote', 500, true),
          c.instant('submittedAt', true),
          c.boolean('approvalRequired'),
          c.uuidRef('approverUserId', true),
          c.instant('approvedAt', true),
          c.varchar('rejectReason', 200, true),
          c.instant('confirmDeadline', true),
          c.instant('confirmedAt', true),
          c.uuidRef('contractFileId', true),
          c.varchar('contractSha256', 64, true),
          c.instant('shippedAt', true),
          c.varchar('carrier', 40, true),
          c.varchar('trackingNo', 40, true),
          c.instant('acceptedAt', true),
          c.date('acceptedOn', true),
          c.enum('invoiceStatus', InvoiceStatus, InvoiceStatus.NONE),
          c.enum('paymentStatus', ProcurementPaymentStatus, ProcurementPaymentStatus.UNPAID),
          c.enum('paymentMethod', ProcurementPaymentMethod, undefined, true),
          c.instant('paidAt', true),
          c.fen('paidFen', true),
          c.varchar('transferReference', 64, true),
          c.date('transferPaidOn', true),
          c.varchar('outTradeNo', 64, true),
          c.instant('cancelledAt', true),
          c.varchar('cancelReason', 200, true),
        ],
        indices: [
          index('UQ_procurement_orders_no', ['orderNo'], true),
          index('UQ_procurement_orders_idempotency', ['buyerUserId', 'idempotencyKey', 'supplierId'], true),
          index('IX_procurement_orders_agency', ['agencyId', 'status', 'createdAt']),
          index('IX_procurement_orders_agency_accepted', ['agencyId', 'acceptedOn']),
          index('IX_procurement_orders_supplier', ['supplierId', 'status', 'createdAt']),
          index('IX_procurement_orders_confirm_due', ['status', 'confirmDeadline']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'procurement_order_lines',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.uuidRef('productId'),
          c.uuidRef('skuId'),
          c.varchar('productName', 100),
          c.varchar('spec', 60),
          c.varchar('unit', 10),
          c.varchar('originCountyCode', 6),
          c.int('quantity'),
          c.fen('listPriceFen'),
          c.fen('unitPriceFen'),
          c.fen('lineFen'),
          c.int('receivedQty', true),
          c.fen('acceptedFen', true),
          c.varchar('shortfallNote', 200, true),
        ],
        indices: [index('IX_procurement_order_lines_order', ['orderId']), index('IX_procurement_order_lines_product', ['productId'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('procurement_order_lines');
    await queryRunner.dropTable('procurement_orders');
  }
}
