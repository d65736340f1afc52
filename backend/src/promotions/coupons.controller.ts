import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { CouponsService } from './coupons.service';
import { ClaimCouponDto, CouponListView, CouponView } from './dto';

/** A member's union coupons (工会消费帮扶券). */
@ApiTags('coupons')
@Controller('coupons')
export class CouponsController {
  constructor(private readonly coupons: CouponsService) {}

  @Get('mine')
  @Authenticated()
  @ApiOkResponse({ type: CouponListView, description: '我的券包（含按手机号发放、尚未领取的券）' })
  async mine(@CurrentUser() me: Principal): Promise<CouponListView> {
    return { items: await this.coupons.wallet(me.id) };
  }

  @Post('claim')
  @Authenticated()
  @ApiCreatedResponse({ type: CouponView })
  @ApiNotFoundResponse({ description: '领取码不存在 (CLAIM_CODE_NOT_FOUND)' })
  @ApiConflictResponse({ description: '已领取 (ALREADY_CLAIMED)、已发完 (BUDGET_EXHAUSTED)、活动暂停或不在有效期' })
  claim(@CurrentUser() me: Principal, @Body() dto: ClaimCouponDto): Promise<CouponView> {
    return this.coupons.claim(me.id, dto.code);
  }
}
