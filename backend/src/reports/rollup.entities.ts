import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenColumn, UUID_LENGTH } from '../database/dialect';
import { BuyerType, Season } from './sales-fact.entity';

/**
 * Daily sales per (day, buyer type, helper unit, county): the dashboard's tables by month, county,
 * region, helper and buyer type read this, a few dozen rows a day whatever the number of order
 * lines. Maintained in the same transaction as the facts (insert adds, refunds subtract), so it
 * always equals the facts rolled up. `helperKey` is '' for sales on a day the county was unpaired
 * (a key column cannot be null). The `orders…` columns sum the facts' first-of-order bits, so they
 * count distinct orders of any set of rows.
 */
@Entity('sales_daily')
@Index('IX_sales_daily_month', ['yearMonth'])
export class SalesDaily {
  @PrimaryColumn({ type: 'date' })
  saleDate: string;

  @PrimaryColumn({ type: 'simple-enum', enum: BuyerType })
  buyerType: BuyerType;

  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  helperKey: string;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 7 })
  yearMonth: string;

  @Column({ type: 'varchar', length: 6 })
  prefectureCode: string;

  @Column({ type: 'varchar', length: 6 })
  provinceCode: string;

  @Column({ type: 'int' })
  lineCount: number;

  @Column({ type: 'int' })
  netQty: number;

  @Column(fenColumn())
  netFen: number;

  /** Union coupon money still standing (discount − discount taken back by refunds). */
  @Column(fenColumn())
  couponFen: number;

  @Column({ type: 'int' })
  orders: number;

  @Column({ type: 'int' })
  ordersCounty: number;

  @Column({ type: 'int' })
  ordersPrefecture: number;

  @Column({ type: 'int' })
  ordersProvince: number;

  @Column({ type: 'int' })
  ordersHelper: number;
}

/** Daily sales per product (top products, seasonal view), maintained like SalesDaily. */
@Entity('sales_product_daily')
@Index('IX_sales_product_daily_cover', ['saleDate', 'productId', 'netFen', 'netQty', 'orders'])
@Index('IX_sales_product_daily_season', ['season', 'saleDate'])
export class SalesProductDaily {
  @PrimaryColumn({ type: 'date' })
  saleDate: string;

  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  @Column({ type: 'varchar', length: 7 })
  yearMonth: string;

  @Column({ type: 'simple-enum', enum: Season, nullable: true })
  season: Season | null;

  @Column({ type: 'int' })
  netQty: number;

  @Column(fenColumn())
  netFen: number;

  /** Distinct orders with the product that day. */
  @Column({ type: 'int' })
  orders: number;

  /** Distinct orders whose first line of the product's season is this product (seasonal order counts). */
  @Column({ type: 'int' })
  ordersSeason: number;
}

/**
 * Monthly sales per product: top products over whole months read this (a few thousand rows a
 * month), and only the partial months at the ends of a range read sales_product_daily.
 */
@Entity('sales_product_monthly')
@Index('IX_sales_product_monthly_cover', ['yearMonth', 'productId', 'netFen', 'netQty', 'orders'])
export class SalesProductMonthly {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  yearMonth: string;

  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  @Column({ type: 'int' })
  netQty: number;

  @Column(fenColumn())
  netFen: number;

  @Column({ type: 'int' })
  orders: number;
}

/**
 * Distinct members of a group in a year — buyers (B), agencies (A) and suppliers (S) per helper
 * unit (H…), per county (C…) and overall (T…) — for the results report's "buying units" and linked
 * households without COUNT(DISTINCT) over a year of lines. Rows are only added (a buyer who bought
 * and returned still was a buying unit that year).
 */
@Entity('sales_distinct')
export class SalesDistinct {
  @PrimaryColumn({ type: 'int' })
  year: number;

  /** HB, HA, HS, CB, CA, CS, TB, TA, TS. */
  @PrimaryColumn({ type: 'varchar', length: 2 })
  dim: string;

  /** Helper unit id ('' unpaired), county code, or '' for the total. */
  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  groupKey: string;

  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  member: string;
}

/** How many rows sales_distinct holds per (year, dim, group): counted when a member is first added. */
@Entity('sales_distinct_counts')
export class SalesDistinctCount {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  dim: string;

  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  groupKey: string;

  @Column({ type: 'int' })
  members: number;
}
