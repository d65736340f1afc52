import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { fenColumn, UUID_LENGTH } from '../../database/dialect';

/** One SKU of a procurement order, with what the supplier confirmed and what the canteen received. */
@Entity('procurement_order_lines')
@Index('IX_procurement_order_lines_order', ['orderId'])
@Index('IX_procurement_order_lines_product', ['productId'])
export class ProcurementOrderLine extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

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

  /** The product's origin county at submission (for the paired-county share and reports). */
  @Column({ type: 'varchar', length: 6 })
  originCountyCode: string;

  @Column({ type: 'int' })
  quantity: number;

  /** Price when submitted (shop price, or the agreement's price). */
  @Column(fenColumn())
  listPriceFen: number;

  /** Price agreed at confirmation: never above listPriceFen. */
  @Column(fenColumn())
  unitPriceFen: number;

  /** unitPriceFen × quantity. */
  @Column(fenColumn())
  lineFen: number;

  /** Set at acceptance (验收). */
  @Column({ type: 'int', nullable: true })
  receivedQty: number | null;

  /** unitPriceFen × receivedQty. */
  @Column(fenColumn({ nullable: true }))
  acceptedFen: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  shortfallNote: string | null;
}
