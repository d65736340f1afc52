import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { fenColumn, instantColumn, UUID_LENGTH } from '../database/dialect';
import { OrderStatus } from './order-status';

/**
 * A buyer's order: one checkout, one payment (the contract's order). Its goods are split into one
 * SupplierOrder per co-op. Amounts are computed by the server at creation and never change; refunds
 * are added up in refundedFen.
 */
@Entity('orders')
@Index('UQ_orders_no', ['orderNo'], { unique: true })
@Index('UQ_orders_idempotency', ['userId', 'idempotencyKey'], { unique: true })
@Index('IX_orders_user', ['userId', 'createdAt'])
@Index('IX_orders_status_expiry', ['status', 'expiresAt'])
export class CustomerOrder extends BaseEntity {
  /** 16 digits: business day + 7 random digits + Luhn check digit (order-no.ts). */
  @Column({ type: 'varchar', length: 16 })
  orderNo: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  userId: string;

  @Column({ type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** sha256 of the canonical request body: the same key with another body is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'simple-enum', enum: OrderStatus, default: OrderStatus.PENDING_PAYMENT })
  status: OrderStatus;

  /** Goods at the prices of the moment of checkout. */
  @Column(fenColumn())
  totalFen: number;

  /** Coupon discount (funded by the coupon's union, see couponFundedBy). */
  @Column(fenColumn())
  discountFen: number;

  /** What the buyer pays: totalFen − discountFen. */
  @Column(fenColumn())
  payableFen: number;

  @Column(fenColumn())
  refundedFen: number;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  couponId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  couponCode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  couponFundedBy: string | null;

  @Column({ type: 'varchar', length: 40 })
  shipName: string;

  @Column({ type: 'varchar', length: 20 })
  shipPhone: string;

  @Column({ type: 'varchar', length: 100 })
  shipRegion: string;

  @Column({ type: 'varchar', length: 200 })
  shipDetail: string;

  /** Unpaid after this instant, the order is cancelled and its stock returned. */
  @Column(instantColumn())
  expiresAt: Date;

  @Column(instantColumn({ nullable: true }))
  paidAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  outTradeNo: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  tradeNo: string | null;

  @Column(instantColumn({ nullable: true }))
  cancelledAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;
}
