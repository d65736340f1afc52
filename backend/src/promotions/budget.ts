import { HttpStatus } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { CampaignStatus, CouponCampaign } from './campaign.entity';

/**
 * Takes `count` coupons' face value from an active campaign's budget with one conditional UPDATE
 * (`issuedFen + n <= budgetFen`), never read-then-write: concurrent claims cannot overspend it.
 * Inside the caller's transaction, so a failed insert afterwards gives the money back by rollback.
 */
export async function reserveBudget(m: EntityManager, campaign: CouponCampaign, count: number): Promise<void> {
  const n = campaign.faceValueFen * count;
  const res = await m
    .createQueryBuilder()
    .update(CouponCampaign)
    .set({ issuedFen: () => 'issuedFen + :n', updatedAt: new Date() })
    .where('id = :id AND status = :active AND issuedFen + :n <= budgetFen', { id: campaign.id, active: CampaignStatus.ACTIVE, n })
    .execute();
  if (!res.affected) {
    throw new AppError(HttpStatus.CONFLICT, 'BUDGET_EXHAUSTED', count > 1 ? `活动预算不足以再发放 ${count} 张券` : '本活动的优惠券已发完', { requested: count });
  }
}
