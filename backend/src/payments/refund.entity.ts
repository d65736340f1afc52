import { Column, Entity, Index } from 'typeorm';
import { defineStateMachine } from '../common/state-machine';
import { BaseEntity } from '../database/base.entity';
import { fenColumn, instantColumn, UUID_LENGTH } from '../database/dialect';

export enum RefundStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** A failed refund may be tried again with the same refund number (Alipay deduplicates by it). */
export const refundStates = defineStateMachine<RefundStatus>(
  { PENDING: [RefundStatus.SUCCEEDED, RefundStatus.FAILED], FAILED: [RefundStatus.PENDING], SUCCEEDED: [] },
  { subject: '退款', labels: { PENDING: '退款中', SUCCEEDED: '已退款', FAILED: '退款失败' } },
);

/** One refund of a payment, identified by the caller's refund number (Alipay's out_request_no). */
@Entity('payment_refunds')
@Index('IX_payment_refunds_payment', ['paymentId'])
export class Refund extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  paymentId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  @Column({ type: 'varchar', length: 64 })
  outTradeNo: string;

  @Index('UQ_payment_refunds_refund_no', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  refundNo: string;

  @Column(fenColumn())
  amountFen: number;

  @Column({ type: 'varchar', length: 256 })
  reason: string;

  @Column({ type: 'simple-enum', enum: RefundStatus })
  status: RefundStatus;

  @Column({ type: 'varchar', length: 256, nullable: true })
  message: string | null;

  @Column(instantColumn({ nullable: true }))
  refundedAt: Date | null;
}
