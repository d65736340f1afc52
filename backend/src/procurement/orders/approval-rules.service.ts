import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { isUniqueViolation } from '../../database/dialect';
import { Principal } from '../../identity/principal';
import { AgenciesService } from '../agencies.service';
import { approvalRequired, ApprovalMode, ApprovalRule } from './approval-rule.entity';

export interface ApprovalRuleInput {
  mode: ApprovalMode;
  thresholdFen?: number | null;
}

/** Each agency's approval rule (审批规则); an agency without one approves every order (ALWAYS). */
@Injectable()
export class ApprovalRules {
  constructor(
    @InjectRepository(ApprovalRule) private readonly rules: Repository<ApprovalRule>,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditLog,
  ) {}

  ruleOf(agencyId: string): Promise<ApprovalRule | null> {
    return this.rules.findOneBy({ agencyId });
  }

  requires(rule: ApprovalRule | null, goodsFen: number): boolean {
    return approvalRequired(rule, goodsFen);
  }

  async view(agencyId: string): Promise<{ agencyId: string; mode: ApprovalMode; thresholdFen: number | null; updatedAt: string | null }> {
    await this.agencies.get(agencyId);
    const r = await this.ruleOf(agencyId);
    return { agencyId, mode: r?.mode ?? ApprovalMode.ALWAYS, thresholdFen: r?.thresholdFen ?? null, updatedAt: r ? r.updatedAt.toISOString() : null };
  }

  async set(me: Principal, agencyId: string, input: ApprovalRuleInput) {
    await this.agencies.get(agencyId);
    if (input.mode === ApprovalMode.ABOVE_AMOUNT && (input.thresholdFen === undefined || input.thresholdFen === null)) {
      throw AppError.badRequest('THRESHOLD_REQUIRED', '“超过金额需审批”必须填写金额门槛（分）');
    }
    const thresholdFen = input.mode === ApprovalMode.ABOVE_AMOUNT ? input.thresholdFen! : null;
    const before = await this.ruleOf(agencyId);
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = await this.ruleOf(agencyId);
        if (existing) await this.rules.update({ id: existing.id }, { mode: input.mode, thresholdFen, updatedByUserId: me.id, updatedAt: new Date() });
        else await this.rules.save(this.rules.create({ agencyId, mode: input.mode, thresholdFen, updatedByUserId: me.id }));
        break;
      } catch (err) {
        // Two first-time saves raced on the unique agencyId: the second updates the row the first made.
        if (!isUniqueViolation(err) || attempt >= 2) throw err;
      }
    }
    await this.audit.record({
      actor: { userId: me.id, name: me.name },
      action: 'procurement.approval_rule.set',
      subjectType: 'agency',
      subjectId: agencyId,
      summary: `审批规则改为 ${input.mode}${thresholdFen !== null ? `（${thresholdFen} 分以上）` : ''}`,
      before: before ? { mode: before.mode, thresholdFen: before.thresholdFen } : { mode: ApprovalMode.ALWAYS, thresholdFen: null },
      after: { mode: input.mode, thresholdFen },
      agencyId,
    });
    return this.view(agencyId);
  }
}
