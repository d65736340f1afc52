import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

export enum OrderEventType {
  CREATED = 'CREATED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  SHIPPED = 'SHIPPED',
  RECEIVED = 'RECEIVED',
  AUTO_CONFIRMED = 'AUTO_CONFIRMED',
  REFUND_REQUESTED = 'REFUND_REQUESTED',
  REFUND_APPROVED = 'REFUND_APPROVED',
  REFUND_REJECTED = 'REFUND_REJECTED',
  REFUND_WITHDRAWN = 'REFUND_WITHDRAWN',
  REFUND_FAILED = 'REFUND_FAILED',
  REFUNDED = 'REFUNDED',
  STRAY_PAYMENT = 'STRAY_PAYMENT',
  STATUS_CHANGED = 'STATUS_CHANGED',
}

/** Who acted: the buyer, a co-op's staff, an operator, the payment provider, or the system's own jobs. */
export enum OrderActor {
  BUYER = 'BUYER',
  SUPPLIER = 'SUPPLIER',
  OPERATOR = 'OPERATOR',
  PAYMENT = 'PAYMENT',
  SYSTEM = 'SYSTEM',
}

/** Append-only history of an order and its parts: every transition with who, when and why. */
@Entity('order_events')
@Index('IX_order_events_order', ['orderId', 'createdAt'])
export class OrderEvent extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  /** Null for events of the whole order. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supplierOrderId: string | null;

  @Column({ type: 'simple-enum', enum: OrderEventType })
  type: OrderEventType;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus: string | null;

  @Column({ type: 'simple-enum', enum: OrderActor })
  actor: OrderActor;

  /** The user who acted; null for the payment provider and the system. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;
}
