import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { IdentityModule } from '../identity/identity.module';
import { AdminCampaignsController } from './admin-campaigns.controller';
import { CouponCampaign } from './campaign.entity';
import { CampaignsService } from './campaigns.service';
import { Coupon } from './coupon.entity';
import { CouponsController } from './coupons.controller';
import { CouponsService } from './coupons.service';

/** Union coupons (工会消费帮扶券): campaigns funded by a union, issued to members, redeemed at checkout. */
@Module({
  imports: [TypeOrmModule.forFeature([CouponCampaign, Coupon]), IdentityModule, CatalogModule],
  controllers: [CouponsController, AdminCampaignsController],
  providers: [CampaignsService, CouponsService],
  exports: [CouponsService, CampaignsService],
})
export class PromotionsModule {}
