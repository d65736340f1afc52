import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { fenColumn, UUID_LENGTH } from '../../database/dialect';

export enum ProcurementRefundMethod {
  /** Not paid yet: the amount due simply goes down. */
  NONE = 'NONE',
  /** Returned offline by bank transfer; the reference identifies the transfer. */
  BANK_TRANSFER = 'BANK_TRANSFER',
  /** Returned through the Alipay payment (PaymentsService.refund). */
  ALIPAY = 'ALIPAY',
}

export enum ProcurementRefundStatus {
  /** Sent to Alipay, answer not yet recorded. */
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** Money going back after acceptance (a return agreed with the supplier). */
@Entity('procurement_refunds')
@Index('UQ_procurement_refunds_no', ['refundNo'], { unique: true })
@Index('IX_procurement_refunds_order', ['orderId'])
export class ProcurementRefund extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  @Column({ type: 'varchar', length: 40 })
  refundNo: string;

  @Column(fenColumn())
  amountFen: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'simple-enum', enum: ProcurementRefundMethod })
  method: ProcurementRefundMethod;

  @Column({ type: 'varchar', length: 64, nullable: true })
  reference: string | null;

  @Column({ type: 'simple-enum', enum: ProcurementRefundStatus })
  status: ProcurementRefundStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  failureMessage: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 60 })
  actorName: string;
}
