import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { instantColumn, UUID_LENGTH } from '../../database/dialect';

export enum ProcurementEventType {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  AUTO_CANCELLED = 'AUTO_CANCELLED',
  DECLINED = 'DECLINED',
  CONFIRMED = 'CONFIRMED',
  SHIPPED = 'SHIPPED',
  ACCEPTED = 'ACCEPTED',
  INVOICE_SUBMITTED = 'INVOICE_SUBMITTED',
  INVOICE_VERIFIED = 'INVOICE_VERIFIED',
  INVOICE_REJECTED = 'INVOICE_REJECTED',
  TRANSFER_DECLARED = 'TRANSFER_DECLARED',
  PAID = 'PAID',
  REFUNDED = 'REFUNDED',
  COMPLETED = 'COMPLETED',
}

/** Append-only history of a procurement order, shown to the buyer, the supplier and operators. */
@Entity('procurement_order_events')
@Index('IX_procurement_order_events_order', ['orderId', 'at'])
export class ProcurementOrderEvent extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  @Column({ type: 'simple-enum', enum: ProcurementEventType })
  type: ProcurementEventType;

  @Column({ type: 'varchar', length: 30, nullable: true })
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  toStatus: string | null;

  /** Null for the system (auto-cancel) and the payment provider. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 60 })
  actorName: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;

  @Column(instantColumn())
  at: Date;
}
