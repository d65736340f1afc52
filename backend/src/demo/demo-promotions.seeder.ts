import { Injectable } from '@nestjs/common';
import { todayInShanghai } from '../common/validators';
import { Principal } from '../identity/principal';
import { CouponScope } from '../promotions/campaign.entity';
import { CampaignsService } from '../promotions/campaigns.service';

/** The demo citizen's union coupon: the code the storefront journey enters at checkout. */
export const DEMO_COUPON_CODE = 'UCSZGH2026DEMO';
export const DEMO_CLAIM_CODE = 'SZZGH2026';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** 深圳市总工会消费帮扶券: ¥20 off ¥99 of certified products, budget ¥100,000; 13800000005 holds one unused. */
@Injectable()
export class DemoPromotionsSeeder {
  constructor(private readonly campaigns: CampaignsService) {}

  async seed(operator: Principal): Promise<void> {
    const today = todayInShanghai();
    const campaign = await this.campaigns.create(
      {
        name: '深圳市总工会消费帮扶券',
        unionName: '深圳市总工会',
        budgetFen: 10_000_000,
        faceValueFen: 2000,
        minSpendFen: 9900,
        validFrom: addDays(today, -30),
        validTo: addDays(today, 365),
        scope: CouponScope.ASSISTANCE,
        claimCode: DEMO_CLAIM_CODE,
      },
      operator.id,
    );
    await this.campaigns.grant(campaign.id, ['13800000005'], [], operator.id, { codes: new Map([['13800000005', DEMO_COUPON_CODE]]) });
  }
}
