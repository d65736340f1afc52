import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { instantColumn, UUID_LENGTH } from '../database/dialect';
import { BizStep, Disposition, TraceAction, TraceEventType } from './cbv';

/**
 * One EPCIS-style event of a batch: what (the batch, a quantity), when (eventTime in UTC and the
 * local offset), where (readPoint, bizLocation), why (bizStep, disposition). Events are appended and
 * never changed: a mistake is corrected by a new event that names the one it corrects
 * (EPCIS 2.0 error declaration), and both stay. `createdAt` is when it was recorded.
 */
@Entity('trace_events')
@Index('UQ_trace_events_batch_seq', ['batchId', 'sequence'], { unique: true })
export class TraceEvent extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  batchId: string;

  /** 1, 2, 3 … within the batch, in the order events were recorded. */
  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'simple-enum', enum: TraceEventType })
  eventType: TraceEventType;

  @Column({ type: 'simple-enum', enum: TraceAction })
  action: TraceAction;

  @Column({ type: 'simple-enum', enum: BizStep })
  bizStep: BizStep;

  @Column({ type: 'simple-enum', enum: Disposition })
  disposition: Disposition;

  @Column(instantColumn())
  eventTime: Date;

  /** The local offset where it happened, e.g. +08:00. */
  @Column({ type: 'varchar', length: 6 })
  eventTimeZoneOffset: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  readPoint: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  bizLocation: string | null;

  /** The administrative division the business location lies in. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  bizLocationDivisionCode: string | null;

  /** In the batch's unit. */
  @Column({ type: 'int', nullable: true })
  quantity: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  recordedById: string;

  /** The event this one corrects; unique, so an event is corrected at most once (correct the correction instead). */
  @Index('UQ_trace_events_corrects', { unique: true })
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  correctsEventId: string | null;
}
