import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn, UUID_LENGTH } from '../database/dialect';

/**
 * One line of the audit log (操作日志): who did what to which record, when, with the values before
 * and after. Append-only: no code path updates or deletes a row, and no route offers to.
 */
@Entity('audit_entries')
@Index('IX_audit_entries_at', ['at'])
@Index('IX_audit_entries_subject', ['subjectType', 'subjectId', 'at'])
@Index('IX_audit_entries_actor', ['actorUserId', 'at'])
@Index('IX_audit_entries_action', ['action', 'at'])
export class AuditEntry {
  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  id: string;

  @Column(instantColumn())
  at: Date;

  /** Null for the system (a scheduled job, a payment notification). */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  actorUserId: string | null;

  /** The actor's name at the time (names change; the log must not). "系统" for jobs. */
  @Column({ type: 'varchar', length: 60 })
  actorName: string;

  /** Dotted code of what happened, e.g. `supplier.approve`, `sku.price`, `pairing.end`, `procurement.approve`. */
  @Column({ type: 'varchar', length: 60 })
  action: string;

  /** The kind of record, e.g. `supplier`, `product`, `sku`, `pairing`, `quota_policy`, `procurement_order`. */
  @Column({ type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ type: 'varchar', length: 64 })
  subjectId: string;

  /** One readable Chinese line, e.g. "审核通过供应商「田东县芒果专业合作社」". */
  @Column({ type: 'varchar', length: 300 })
  summary: string;

  /** JSON of the changed fields before / after (null when created / removed). */
  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Column({ type: 'text', nullable: true })
  after: string | null;

  /** The organisation the record belongs to, so agency managers may see their own part of the log. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  agencyId: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supplierId: string | null;
}
