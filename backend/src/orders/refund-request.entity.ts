import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { fenColumn, instantColumn, UUID_LENGTH } from '../database/dialect';
import { RefundKind, RefundStatus } from './order-status';

export interface RefundLine {
  orderItemId: string;
  quantity: number;
  /** Units of `quantity` that never left the co-op: they go back to stock when refunded. */
  restockQty: number;
  amountFen: number;
  subsidyFen: number;
}

/** A refund request (售后) of some units of a supplier order, or the automatic return of a stray payment. */
@Entity('refund_requests')
@Index('UQ_refund_requests_no', ['refundNo'], { unique: true })
@Index('UQ_refund_requests_stray', ['strayOutTradeNo'], { unique: true })
@Index('IX_refund_requests_order', ['orderId'])
@Index('IX_refund_requests_supplier', ['supplierId', 'status'])
export class RefundRequest extends BaseEntity {
  /** Sent to the payment provider as the refund request number (idempotent there). */
  @Column({ type: 'varchar', length: 32 })
  refundNo: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supplierOrderId: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supplierId: string | null;

  @Column({ type: 'simple-enum', enum: RefundKind })
  kind: RefundKind;

  @Column({ type: 'simple-enum', enum: RefundStatus })
  status: RefundStatus;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'simple-json' })
  lines: RefundLine[];

  /** What goes back to the buyer. */
  @Column(fenColumn())
  amountFen: number;

  /** The coupon subsidy of the refunded units, taken back from the co-op's ledger. */
  @Column(fenColumn())
  subsidyFen: number;

  /** The payment being refunded. */
  @Column({ type: 'varchar', length: 64 })
  outTradeNo: string;

  /** Set only for STRAY_PAYMENT: one automatic refund per stray payment, however often it is notified. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  strayOutTradeNo: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  requestedById: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  decidedById: string | null;

  @Column(instantColumn({ nullable: true }))
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;

  @Column(instantColumn({ nullable: true }))
  refundedAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  failureMessage: string | null;

  @Column({ type: 'int' })
  attempts: number;
}
