import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

const orderStatus = {
  PENDING_PAYMENT: 'PENDING_PAYMENT',
  PAID: 'PAID',
  PARTIALLY_SHIPPED: 'PARTIALLY_SHIPPED',
  SHIPPED: 'SHIPPED',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
  REFUNDED: 'REFUNDED',
};
const refundStatus = { REQUESTED: 'REQUESTED', APPROVED: 'APPROVED', REJECTED: 'REJECTED', WITHDRAWN: 'WITHDRAWN', FAILED: 'FAILED', REFUNDED: 'REFUNDED' };
const refundKind = { BEFORE_SHIPMENT: 'BEFORE_SHIPMENT', AFTER_SHIPMENT: 'AFTER_SHIPMENT', STRAY_PAYMENT: 'STRAY_PAYMENT' };
const eventType = {
  CREATED: 'CREATED',
  PAID: 'PAID',
  CANCELLED: 'CANCELLED',
  EXPIRED: 'EXPIRED',
  SHIPPED: 'SHIPPED',
  RECEIVED: 'RECEIVED',
  AUTO_CONFIRMED: 'AUTO_CONFIRMED',
  REFUND_REQUESTED: 'REFUND_REQUESTED',
  REFUND_APPROVED: 'REFUND_APPROVED',
  REFUND_REJECTED: 'REFUND_REJECTED',
  REFUND_WITHDRAWN: 'REFUND_WITHDRAWN',
  REFUND_FAILED: 'REFUND_FAILED',
  REFUNDED: 'REFUNDED',
  STRAY_PAYMENT: 'STRAY_PAYMENT',
  STATUS_CHANGED: 'STATUS_CHANGED',
};
const actor = { BUYER: 'BUYER', SUPPLIER: 'SUPPLIER', OPERATOR: 'OPERATOR', PAYMENT: 'PAYMENT', SYSTEM: 'SYSTEM' };
const ledgerType = { SALE: 'SALE', SUBSIDY: 'SUBSIDY', REFUND: 'REFUND', SUBSIDY_REVERSAL: 'SUBSIDY_REVERSAL' };

/** Orders: carts, customer orders split per supplier, items, history, parcels, refunds, the supplier ledger and settlements. */
export class Orders1763800005000 implements MigrationInterface {
  name = 'Orders1763800005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'cart_items',
        columns: [c.id(), ...c.timestamps(), c.uuidRef('userId'), c.uuidRef('skuId'), c.int('quantity')],
        indices: [index('UQ_cart_items_user_sku', ['userId', 'skuId'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'orders',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.varchar('orderNo', 16),
          c.uuidRef('userId'),
          c.varchar('idempotencyKey', 100),
          c.varchar('requestHash', 64),
          c.enum('status', orderStatus, 'PENDING_PAYMENT'),
          c.fen('totalFen'),
          c.fen('discountFen'),
          c.fen('payableFen'),
          c.fen('refundedFen'),
          c.uuidRef('couponId', true),
          c.varchar('couponCode', 40, true),
          c.varchar('couponFundedBy', 100, true),
          c.varchar('shipName', 40),
          c.varchar('shipPhone', 20),
          c.varchar('shipRegion', 100),
          c.varchar('shipDetail', 200),
          c.instant('expiresAt'),
          c.instant('paidAt', true),
          c.varchar('outTradeNo', 64, true),
          c.varchar('tradeNo', 64, true),
          c.instant('cancelledAt', true),
          c.varchar('cancelReason', 200, true),
        ],
        indices: [
          index('UQ_orders_no', ['orderNo'], true),
          index('UQ_orders_idempotency', ['userId', 'idempotencyKey'], true),
          index('IX_orders_user', ['userId', 'createdAt']),
          index('IX_orders_status_expiry', ['status', 'expiresAt']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'supplier_orders',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.varchar('subOrderNo', 20),
          c.uuidRef('supplierId'),
          c.uuidRef('userId'),
          c.enum('status', orderStatus, 'PENDING_PAYMENT'),
          c.fen('goodsFen'),
          c.fen('discountFen'),
          c.fen('payableFen'),
          c.fen('refundedFen'),
          c.int('version'),
          c.uuidRef('openRefundId', true),
          c.instant('shippedAt', true),
          c.instant('autoConfirmAt', true),
          c.instant('completedAt', true),
        ],
        indices: [
          index('IX_supplier_orders_order', ['orderId']),
          index('IX_supplier_orders_supplier', ['supplierId', 'createdAt']),
          index('IX_supplier_orders_confirm', ['status', 'autoConfirmAt']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'order_items',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.uuidRef('supplierOrderId'),
          c.uuidRef('productId'),
          c.uuidRef('skuId'),
          c.varchar('productName', 100),
          c.varchar('spec', 60),
          c.varchar('unit', 10),
          c.fen('unitPriceFen'),
          c.int('quantity'),
          c.fen('lineFen'),
          c.fen('discountFen'),
          c.int('shippedQty'),
          c.int('refundedQty'),
          c.int('restockedQty'),
          c.fen('refundedFen'),
        ],
        indices: [index('IX_order_items_order', ['orderId']), index('IX_order_items_supplier_order', ['supplierOrderId']), index('IX_order_items_product', ['productId'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'order_events',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('orderId'),
          c.uuidRef('supplierOrderId', true),
          c.enum('type', eventType),
          c.varchar('fromStatus', 20, true),
          c.varchar('toStatus', 20, true),
          c.enum('actor', actor),
          c.uuidRef('actorId', true),
          c.varchar('note', 300, true),
        ],
        indices: [index('IX_order_events_order', ['orderId', 'createdAt'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'shipments',
        columns: [c.id(), ...c.timestamps(), c.uuidRef('orderId'), c.uuidRef('supplierOrderId'), c.varchar('carrier', 40), c.varchar('trackingNo', 40), c.text('lines'), c.uuidRef('shippedById')],
        indices: [index('IX_shipments_supplier_order', ['supplierOrderId'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'refund_requests',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.varchar('refundNo', 32),
          c.uuidRef('orderId'),
          c.uuidRef('supplierOrderId', true),
          c.uuidRef('supplierId', true),
          c.enum('kind', refundKind),
          c.enum('status', refundStatus),
          c.varchar('reason', 200),
          c.text('lines'),
          c.fen('amountFen'),
          c.fen('subsidyFen'),
          c.varchar('outTradeNo', 64),
          c.varchar('strayOutTradeNo', 64, true),
          c.uuidRef('requestedById', true),
          c.uuidRef('decidedById', true),
          c.instant('decidedAt', true),
          c.varchar('rejectReason', 200, true),
          c.instant('refundedAt', true),
          c.varchar('failureMessage', 300, true),
          c.int('attempts'),
        ],
        indices: [
          index('UQ_refund_requests_no', ['refundNo'], true),
          index('UQ_refund_requests_stray', ['strayOutTradeNo'], true),
          index('IX_refund_requests_order', ['orderId']),
          index('IX_refund_requests_supplier', ['supplierId', 'status']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ledger_entries',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('supplierId'),
          c.uuidRef('orderId'),
          c.uuidRef('supplierOrderId'),
          c.uuidRef('refundId', true),
          c.enum('type', ledgerType),
          c.fen('amountFen'),
          c.varchar('fundedBy', 100),
          c.date('businessDate'),
          c.uuidRef('settlementId', true),
        ],
        indices: [index('IX_ledger_supplier_day', ['supplierId', 'businessDate']), index('IX_ledger_settlement', ['settlementId'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'settlements',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('supplierId'),
          c.date('periodFrom'),
          c.date('periodTo'),
          c.enum('status', { CONFIRMED: 'CONFIRMED', PAID: 'PAID' }),
          c.fen('saleFen'),
          c.fen('subsidyFen'),
          c.fen('refundFen'),
          c.fen('netFen'),
          c.int('entryCount'),
          c.uuidRef('createdById'),
          c.instant('paidAt', true),
          c.uuidRef('paidById', true),
          c.varchar('payReference', 100, true),
        ],
        indices: [index('IX_settlements_supplier', ['supplierId', 'periodFrom'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['settlements', 'ledger_entries', 'refund_requests', 'shipments', 'order_events', 'order_items', 'supplier_orders', 'orders', 'cart_items']) await queryRunner.dropTable(name);
  }
}
