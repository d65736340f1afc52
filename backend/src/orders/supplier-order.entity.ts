import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { fenColumn, instantColumn, UUID_LENGTH } from '../database/dialect';
import { SupplierOrderStatus } from './order-status';

/**
 * One co-op's part of a customer order (子订单). Every change goes through a conditional UPDATE on
 * `version` (optimistic lock), so two staff shipping at once, or a shipment racing a refund request,
 * can never both win.
 */
@Entity('supplier_orders')
@Index('IX_supplier_orders_order', ['orderId'])
@Index('IX_supplier_orders_supplier', ['supplierId', 'createdAt'])
@Index('IX_supplier_orders_confirm', ['status', 'autoConfirmAt'])
export class SupplierOrder extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  /** The customer order's number with the part's position: 2026031548210937-2. */
  @Column({ type: 'varchar', length: 20 })
  subOrderNo: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  userId: string;

  @Column({ type: 'simple-enum', enum: SupplierOrderStatus, default: SupplierOrderStatus.PENDING_PAYMENT })
  status: SupplierOrderStatus;

  @Column(fenColumn())
  goodsFen: number;

  /** This part's share of the coupon discount (what the union funds for this co-op). */
  @Column(fenColumn())
  discountFen: number;

  @Column(fenColumn())
  payableFen: number;

  @Column(fenColumn())
  refundedFen: number;

  @Column({ type: 'int' })
  version: number;

  /** The refund request being handled (at most one at a time); it pauses shipping and auto-confirm. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  openRefundId: string | null;

  /** When the last parcel left (status SHIPPED). */
  @Column(instantColumn({ nullable: true }))
  shippedAt: Date | null;

  @Column(instantColumn({ nullable: true }))
  autoConfirmAt: Date | null;

  @Column(instantColumn({ nullable: true }))
  completedAt: Date | null;
}
