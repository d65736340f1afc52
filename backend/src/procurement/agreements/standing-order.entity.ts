import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { dateColumn, instantColumn, UUID_LENGTH } from '../../database/dialect';

export interface StandingOrderLine {
  skuId: string;
  quantity: number;
}

/**
 * A standing weekly order (周期订单) under an agreement: every week, leadDays before the delivery
 * weekday, the scheduler submits the same lines for the canteen. nextDeliveryDate is the next
 * delivery to order; a run claims it with a conditional UPDATE (moving it a week ahead only if it is
 * still the value read), so any number of backend processes create each week's order once.
 * pendingDeliveryDate is the week claimed but not yet known to be submitted: a run that crashed in
 * between leaves it set, and a later run retries the submission with the same idempotency key.
 */
@Entity('standing_orders')
@Index('IX_standing_orders_agreement', ['agreementId'])
@Index('IX_standing_orders_agency', ['agencyId', 'createdAt'])
@Index('IX_standing_orders_due', ['active', 'nextDeliveryDate'])
export class StandingOrder extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  agreementId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  agencyId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  canteenId: string;

  /** The buyer (or manager) who set it up; the weekly orders are submitted in their name. */
  @Column({ type: 'varchar', length: UUID_LENGTH })
  createdBy: string;

  @Column({ type: 'varchar', length: 60 })
  createdByName: string;

  /** ISO weekday of delivery: 1 Monday … 7 Sunday. */
  @Column({ type: 'int' })
  weekday: number;

  /** The order is placed this many days before the delivery day. */
  @Column({ type: 'int' })
  leadDays: number;

  @Column({ type: 'simple-json' })
  lines: StandingOrderLine[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'boolean' })
  active: boolean;

  /** Why it stopped by itself (agreement ended or expired); null while running or paused by people. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  stoppedReason: string | null;

  @Column(dateColumn())
  nextDeliveryDate: string;

  @Column(dateColumn({ nullable: true }))
  pendingDeliveryDate: string | null;

  @Column(instantColumn({ nullable: true }))
  claimedAt: Date | null;

  @Column(instantColumn({ nullable: true }))
  lastRunAt: Date | null;

  @Column(dateColumn({ nullable: true }))
  lastDeliveryDate: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  lastOrderNo: string | null;

  /** Why the last week's order could not be placed (e.g. a SKU off sale); that week is skipped. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @Column({ type: 'int' })
  version: number;
}
