import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { instantColumn, UUID_LENGTH } from '../../database/dialect';

/**
 * One version of a reserved-share policy (预留份额政策) for a scope and a year. Policies are never
 * overwritten: a change inserts the next version and marks this one superseded (who, when), the new
 * version saying why. Only the current version (supersededAt null) of a scope and year can apply.
 */
@Entity('quota_policies')
@Index('IX_quota_policies_year_scope', ['year', 'scopeCode'])
@Index('IX_quota_policies_lineage', ['lineageId', 'versionNo'])
export class QuotaPolicy extends BaseEntity {
  /** Division code of the scope: '000000' national, '440000' a province, '440300' a city, '440304' a district. */
  @Column({ type: 'varchar', length: 6 })
  scopeCode: string;

  @Column({ type: 'int' })
  year: number;

  /** Ratio in basis points (3000 = 30%); 0–10000. */
  @Column({ type: 'int' })
  ratioBp: number;

  /** 工会福利采购 count toward the agency. */
  @Column({ type: 'boolean' })
  countsUnionWelfare: boolean;

  /** 职工自购（单位组织）count toward the agency. */
  @Column({ type: 'boolean' })
  countsStaffPurchases: boolean;

  /** Only the part bought from counties paired with the agency's division counts. */
  @Column({ type: 'boolean' })
  pairedCountiesOnly: boolean;

  /** The source text, e.g. "财库〔2021〕19号 …". */
  @Column({ type: 'varchar', length: 300 })
  basis: string;

  /** In force; a version may be recorded as not (yet) in force, and then the broader scope applies. */
  @Column({ type: 'boolean' })
  effective: boolean;

  /** The first version's id: every version of one policy shares it. */
  @Column({ type: 'varchar', length: UUID_LENGTH })
  lineageId: string;

  @Column({ type: 'int' })
  versionNo: number;

  /**
   * `scopeCode:year` while this is the current version, null once superseded: a unique index on it
   * lets the database, not a read-then-write, refuse a second current policy for the same scope and year.
   */
  @Index('UQ_quota_policies_current', { unique: true })
  @Column({ type: 'varchar', length: 12, nullable: true })
  currentKey: string | null;

  /** Set on reference policies loaded at start-up, so loading them again adds nothing. */
  @Index('UQ_quota_policies_reference', { unique: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  referenceKey: string | null;

  /** Why this version was made (required for every version after the first). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  changeReason: string | null;

  /** Null for reference data loaded by the system. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'varchar', length: 60 })
  createdByName: string;

  @Column(instantColumn({ nullable: true }))
  supersededAt: Date | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supersededById: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supersededByUserId: string | null;
}
