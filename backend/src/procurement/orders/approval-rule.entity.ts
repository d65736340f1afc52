import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { fenColumn, UUID_LENGTH } from '../../database/dialect';

/** When an agency's procurement orders need an approver (审批规则). No row means ALWAYS. */
export enum ApprovalMode {
  ALWAYS = 'ALWAYS',
  /** Only orders whose goods amount is strictly above thresholdFen. */
  ABOVE_AMOUNT = 'ABOVE_AMOUNT',
  NEVER = 'NEVER',
}

@Entity('approval_rules')
@Index('UQ_approval_rules_agency', ['agencyId'], { unique: true })
export class ApprovalRule extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  agencyId: string;

  @Column({ type: 'simple-enum', enum: ApprovalMode })
  mode: ApprovalMode;

  /** Used by ABOVE_AMOUNT only. */
  @Column(fenColumn({ nullable: true }))
  thresholdFen: number | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  updatedByUserId: string | null;
}

/** Whether an order of `goodsFen` needs approval under a rule (null: the default ALWAYS). */
export function approvalRequired(rule: Pick<ApprovalRule, 'mode' | 'thresholdFen'> | null, goodsFen: number): boolean {
  if (!rule || rule.mode === ApprovalMode.ALWAYS) return true;
  if (rule.mode === ApprovalMode.NEVER) return false;
  return goodsFen > (rule.thresholdFen ?? 0);
}
