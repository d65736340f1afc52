import { Column, Entity, Index } from 'typeorm';
import { defineStateMachine } from '../common/state-machine';
import { BaseEntity } from '../database/base.entity';
import { fenColumn, instantColumn, UUID_LENGTH } from '../database/dialect';

export enum PaymentStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  CLOSED = 'CLOSED',
}

export enum PaymentChannel {
  ALIPAY = 'ALIPAY',
}

/** How a success became known: Alipay's notification, or our own trade query (reconciliation). */
export enum PaymentConfirmation {
  NOTIFY = 'NOTIFY',
  QUERY = 'QUERY',
}

/**
 * A closed attempt can still turn out paid (the buyer paid just before the close, the query saw it
 * later): money that moved is always recorded. A paid attempt never changes status again; refunds
 * are rows of their own.
 */
export const paymentStates = defineStateMachine<PaymentStatus>(
  { PENDING: [PaymentStatus.PAID, PaymentStatus.CLOSED], CLOSED: [PaymentStatus.PAID], PAID: [] },
  { subject: '支付', labels: { PENDING: '待支付', PAID: '已支付', CLOSED: '已关闭' } },
);

/**
 * One payment attempt (one `out_trade_no` at Alipay) for an order. An order may have several
 * attempts; at most one is its accepted payment — `acceptedOrderId` is set to the order's id on that
 * one only, and its unique index makes a second impossible, whatever the timing. A later success for
 * an order already paid is still recorded (the money moved) and flagged `needsRefund`.
 */
@Entity('payments')
@Index('IX_payments_order', ['orderId'])
@Index('IX_payments_status', ['status', 'createdAt'])
export class Payment extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  /** The order number people read, kept for the ledger and the operators' screens. */
  @Column({ type: 'varchar', length: 40 })
  orderNo: string;

  @Index('UQ_payments_out_trade_no', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  outTradeNo: string;

  @Column({ type: 'simple-enum', enum: PaymentChannel })
  channel: PaymentChannel;

  /** page = 电脑网站支付 (alipay.trade.page.pay), wap = 手机网站支付 (alipay.trade.wap.pay). */
  @Column({ type: 'varchar', length: 8 })
  device: 'page' | 'wap';

  @Column(fenColumn())
  amountFen: number;

  @Column({ type: 'varchar', length: 256 })
  subject: string;

  @Column({ type: 'simple-enum', enum: PaymentStatus })
  status: PaymentStatus;

  /** Alipay's trade number, once paid. */
  @Index('UQ_payments_trade_no', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  tradeNo: string | null;

  /** The order id on its one accepted payment, null on every other attempt. */
  @Index('UQ_payments_accepted_order', { unique: true })
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  acceptedOrderId: string | null;

  /** A success for an order that another attempt had already paid: the money must go back. */
  @Column({ type: 'boolean' })
  needsRefund: boolean;

  @Column({ type: 'varchar', length: 32, nullable: true })
  buyerId: string | null;

  @Column(instantColumn({ nullable: true }))
  paidAt: Date | null;

  @Column({ type: 'simple-enum', enum: PaymentConfirmation, nullable: true })
  confirmedBy: PaymentConfirmation | null;

  /** When the order side's onPaid handler completed for this payment (null: not yet, it is retried). */
  @Column(instantColumn({ nullable: true }))
  handledAt: Date | null;

  /** Sum of refunds succeeded or in flight; a refund is reserved against it with one conditional UPDATE. */
  @Column(fenColumn())
  refundedFen: number;

  /** Last trade query (reconciliation). */
  @Column(instantColumn({ nullable: true }))
  checkedAt: Date | null;
}
