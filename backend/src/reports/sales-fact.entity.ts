import { Column, Entity, Index } from 'typeorm';
import { ProductCategory } from '../catalog/product.entity';
import { BaseEntity } from '../database/base.entity';
import { dateColumn, fenColumn, UUID_LENGTH } from '../database/dialect';

/** Where a sold line came from. */
export enum SalesSource {
  /** A line of a paid customer order (citizens, union-coupon buyers). */
  ORDER_ITEM = 'ORDER_ITEM',
  /** A line of an accepted procurement order (canteens, union welfare, staff purchases). */
  PROCUREMENT_LINE = 'PROCUREMENT_LINE',
}

/**
 * Who bought. A canteen or staff procurement (purpose CANTEEN/STAFF) is CANTEEN; a union welfare
 * procurement (UNION_WELFARE) and a citizen's order paid with a union coupon are UNION (the union's
 * money made the sale); every other citizen order is CITIZEN.
 */
export enum BuyerType {
  CITIZEN = 'CITIZEN',
  CANTEEN = 'CANTEEN',
  UNION = 'UNION',
}

/**
 * The two fruit seasons the seasonal view follows: 百色芒果 (June–September) and 沙糖桔 (November–
 * February). A line belongs to a season by its product (fresh fruit whose name names the fruit,
 * see seasons.ts), decided when the fact is written.
 */
export enum Season {
  MANGO = 'MANGO',
  SUGAR_ORANGE = 'SUGAR_ORANGE',
}

export const BUYER_TYPE_LABELS: Record<BuyerType, string> = { CITIZEN: '个人消费者', CANTEEN: '单位食堂', UNION: '工会' };

/**
 * One sold line (销售事实), written when the sale happens and carrying everything the reports group
 * by, so no report joins the order tables. Attribution is frozen at the day of sale: the county under
 * its CURRENT code (renamed counties stay one row; the code of the day is kept too) and the eastern
 * helper unit paired with it that day. Refunds update the refunded columns (cumulative) and the net
 * ones; `source` + `sourceId` is unique, so a repeated event writes nothing twice.
 */
@Entity('sales_facts')
@Index('UQ_sales_facts_source', ['source', 'sourceId'], { unique: true })
@Index('IX_sales_facts_order', ['orderId'])
@Index('IX_sales_facts_date', ['saleDate'])
@Index('IX_sales_facts_base', ['supplyBaseId', 'saleDate'])
export class SalesFact extends BaseEntity {
  @Column({ type: 'simple-enum', enum: SalesSource })
  source: SalesSource;

  /** The order item's id, or `<procurement order id>:<sku id>` for a procurement line. */
  @Column({ type: 'varchar', length: 80 })
  sourceId: string;

  /** The customer order or the procurement order. */
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  /** Business day of the sale (Asia/Shanghai): payment of a customer order, acceptance of a procurement order. */
  @Column(dateColumn())
  saleDate: string;

  /** '2026-03', from saleDate. */
  @Column({ type: 'varchar', length: 7 })
  yearMonth: string;

  @Column({ type: 'simple-enum', enum: BuyerType })
  buyerType: BuyerType;

  /** The agency of a procurement order, or the citizen's user id: distinct values are the buying units. */
  @Column({ type: 'varchar', length: UUID_LENGTH })
  buyerOrgId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  @Column({ type: 'varchar', length: 100 })
  productName: string;

  @Column({ type: 'simple-enum', enum: ProductCategory })
  category: ProductCategory;

  /** The fruit season the product belongs to, if any (seasonal view). */
  @Column({ type: 'simple-enum', enum: Season, nullable: true })
  season: Season | null;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supplyBaseId: string | null;

  /** Origin county under its current code (451021 田阳县 → 451003 田阳区). */
  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  /** Origin county code as it was recorded at the sale. */
  @Column({ type: 'varchar', length: 6 })
  originalCountyCode: string;

  @Column({ type: 'varchar', length: 6 })
  prefectureCode: string;

  @Column({ type: 'varchar', length: 6 })
  provinceCode: string;

  /** The helper unit paired with the county on saleDate (the lead one); null when unpaired that day. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  helperUnitId: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  helperCity: string | null;

  @Column({ type: 'int' })
  quantity: number;

  /** Goods value of the line (price × quantity; for procurement the accepted amount). */
  @Column(fenColumn())
  amountFen: number;

  /** The union coupon's share of the line (paid by the union, part of amountFen). */
  @Column(fenColumn())
  discountFen: number;

  @Column({ type: 'int' })
  refundedQty: number;

  /** Money returned to the buyer for this line (cumulative). */
  @Column(fenColumn())
  refundedFen: number;

  /** The coupon subsidy taken back with refunds (cumulative). */
  @Column(fenColumn())
  refundedDiscountFen: number;

  /** amountFen − refundedFen − refundedDiscountFen: the sale that stands. */
  @Column(fenColumn())
  netFen: number;

  /** quantity − refundedQty. */
  @Column({ type: 'int' })
  netQty: number;

  /**
   * Which groups of its order this line is the first of (bits of FIRST_OF, see facts.ts): summing a
   * bit over any set of lines counts the distinct orders in it, so order counts add up in the rollups.
   */
  @Column({ type: 'int' })
  firstFlags: number;
}
