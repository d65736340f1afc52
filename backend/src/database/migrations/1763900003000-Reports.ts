import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';
import { ProductCategory } from '../../catalog/product.entity';
import { BuyerType, SalesSource, Season } from '../../reports/sales-fact.entity';
import { columns, index } from '../migration-columns';

/** The reports context: sales facts (one row per sold line) and the rollups the dashboard reads. */
export class Reports1763900003000 implements MigrationInterface {
  name = 'Reports1763900003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sales_facts',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.enum('source', SalesSource),
          c.varchar('sourceId', 80),
          c.uuidRef('orderId'),
          c.date('saleDate'),
          c.varchar('yearMonth', 7),
          c.enum('buyerType', BuyerType),
          c.uuidRef('buyerOrgId'),
          c.uuidRef('productId'),
          c.varchar('productName', 100),
          c.enum('category', ProductCategory),
          c.enum('season', Season, undefined, true),
          c.uuidRef('supplierId'),
          c.uuidRef('supplyBaseId', true),
          c.varchar('countyCode', 6),
          c.varchar('originalCountyCode', 6),
          c.varchar('prefectureCode', 6),
          c.varchar('provinceCode', 6),
          c.uuidRef('helperUnitId', true),
          c.varchar('helperCity', 30, true),
          c.int('quantity'),
          c.fen('amountFen'),
          c.fen('discountFen'),
          c.int('refundedQty'),
          c.fen('refundedFen'),
          c.fen('refundedDiscountFen'),
          c.fen('netFen'),
          c.int('netQty'),
          c.int('firstFlags'),
        ],
        indices: [
          index('UQ_sales_facts_source', ['source', 'sourceId'], true),
          index('IX_sales_facts_order', ['orderId']),
          index('IX_sales_facts_date', ['saleDate']),
          index('IX_sales_facts_base', ['supplyBaseId', 'saleDate']),
        ],
      }),
    );
    const key = (col: TableColumnOptions): TableColumnOptions => ({ ...col, isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'sales_daily',
        columns: [
          key(c.date('saleDate')),
          key(c.enum('buyerType', BuyerType)),
          key(c.uuidRef('helperKey')),
          key(c.varchar('countyCode', 6)),
          c.varchar('yearMonth', 7),
          c.varchar('prefectureCode', 6),
          c.varchar('provinceCode', 6),
          c.int('lineCount'),
          c.int('netQty'),
          c.fen('netFen'),
          c.fen('couponFen'),
          c.int('orders'),
          c.int('ordersCounty'),
          c.int('ordersPrefecture'),
          c.int('ordersProvince'),
          c.int('ordersHelper'),
        ],
        indices: [index('IX_sales_daily_month', ['yearMonth'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sales_product_daily',
        columns: [
          key(c.date('saleDate')),
          key(c.uuidRef('productId')),
          c.varchar('yearMonth', 7),
          c.enum('season', Season, undefined, true),
          c.int('netQty'),
          c.fen('netFen'),
          c.int('orders'),
          c.int('ordersSeason'),
        ],
        indices: [
          index('IX_sales_product_daily_cover', ['saleDate', 'productId', 'netFen', 'netQty', 'orders']),
          index('IX_sales_product_daily_season', ['season', 'saleDate']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sales_product_monthly',
        columns: [key(c.varchar('yearMonth', 7)), key(c.uuidRef('productId')), c.int('netQty'), c.fen('netFen'), c.int('orders')],
        indices: [index('IX_sales_product_monthly_cover', ['yearMonth', 'productId', 'netFen', 'netQty', 'orders'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sales_distinct_counts',
        columns: [key(c.int('year')), key(c.varchar('dim', 2)), key(c.uuidRef('groupKey')), c.int('members')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sales_distinct',
        columns: [key(c.int('year')), key(c.varchar('dim', 2)), key(c.uuidRef('groupKey')), key(c.uuidRef('member'))],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sales_distinct');
    await queryRunner.dropTable('sales_distinct_counts');
    await queryRunner.dropTable('sales_product_monthly');
    await queryRunner.dropTable('sales_product_daily');
    await queryRunner.dropTable('sales_daily');
    await queryRunner.dropTable('sales_facts');
  }
}
