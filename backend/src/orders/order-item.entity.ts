import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { fenColumn, UUID_LENGTH } from '../database/dialect';

/** One line of an order: a SKU at the price of checkout, with what has been shipped and refunded of it. */
@Entity('order_items')
@Index('IX_order_items_order', ['orderId'])
@Index('IX_order_items_supplier_order', ['supplierOrderId'])
@Index('IX_order_items_product', ['productId'])
export class OrderItem extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierOrderId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  skuId: string;

  @Column({ type: 'varchar', length: 100 })
  productName: string;

  @Column({ type: 'varchar', length: 60 })
  spec: string;

  @Column({ type: 'varchar', length: 10 })
  unit: string;

  @Column(fenColumn())
  unitPriceFen: number;

  @Column({ type: 'int' })
  quantity: number;

  /** unitPriceFen × quantity. */
  @Column(fenColumn())
  lineFen: number;

  /** This line's share of the coupon discount. */
  @Column(fenColumn())
  discountFen: number;

  @Column({ type: 'int' })
  shippedQty: number;

  /** Units refunded; restockedQty of them never left and went back to stock. */
  @Column({ type: 'int' })
  refundedQty: number;

  @Column({ type: 'int' })
  restockedQty: number;

  /** What the buyer got back for this line. */
  @Column(fenColumn())
  refundedFen: number;
}
