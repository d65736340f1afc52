import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../common/validators';
import { CampaignStatus, CouponScope } from './campaign.entity';
import { CouponStatus } from './coupon.entity';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
export const CLAIM_CODE = /^[A-Z0-9]{4,32}$/;
const MAX_FEN = 100_000_000_000; // 10 亿元

export class CreateCampaignDto {
  @ApiProperty({ example: '深圳市总工会消费帮扶券' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: '深圳市总工会', description: '出资工会' })
  @IsString()
  @Length(2, 100)
  unionName: string;

  @ApiProperty({ example: 10_000_000, description: '预算（分）' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  budgetFen: number;

  @ApiProperty({ example: 2000, description: '面额（分）' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  faceValueFen: number;

  @ApiProperty({ example: 9900, description: '使用门槛：范围内商品满多少（分）可用' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  minSpendFen: number;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsCalendarDate()
  validTo: string;

  @ApiProperty({ enum: CouponScope, description: 'ASSISTANCE 所有消费帮扶认定商品；ZONE 指定专区' })
  @IsEnum(CouponScope)
  scope: CouponScope;

  @ApiPropertyOptional({ format: 'uuid', description: 'scope 为 ZONE 时必填' })
  @IsOptional()
  @IsUUID()
  zoneId?: string;

  @ApiPropertyOptional({ example: 'SZZGH2026', description: '领取码（4–32 位字母或数字，不区分大小写）；不填则只能按名单发放' })
  @IsOptional()
  @Transform(upper)
  @IsString()
  @Matches(CLAIM_CODE, { message: 'claimCode 必须是 4–32 位字母或数字' })
  claimCode?: string;
}

export class UpdateCampaignDto {
  @ApiProperty({ enum: CampaignStatus, description: 'SUSPENDED 暂停发放与使用；ACTIVE 恢复' })
  @IsEnum(CampaignStatus)
  status: CampaignStatus;
}

export class GrantPhonesDto {
  @ApiProperty({ type: [String], example: ['13800000005'], description: '会员手机号（最多 5000 个）' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  phones: string[];
}

export class ClaimCouponDto {
  @ApiProperty({ example: 'SZZGH2026', description: '活动领取码' })
  @Transform(upper)
  @IsString()
  @Matches(CLAIM_CODE, { message: '领取码必须是 4–32 位字母或数字' })
  code: string;
}

export class CampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() unionName: string;
  @ApiProperty() budgetFen: number;
  @ApiProperty({ description: '已发放面额合计（分）' }) issuedFen: number;
  @ApiProperty({ description: '剩余预算（分）' }) remainingFen: number;
  @ApiProperty() faceValueFen: number;
  @ApiProperty() minSpendFen: number;
  @ApiProperty() validFrom: string;
  @ApiProperty() validTo: string;
  @ApiProperty({ enum: CouponScope }) scope: CouponScope;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) zoneId: string | null;
  @ApiProperty({ type: String, nullable: true }) claimCode: string | null;
  @ApiProperty({ enum: CampaignStatus }) status: CampaignStatus;
  @ApiProperty() issuedCount: number;
  @ApiProperty() usedCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CampaignListView {
  @ApiProperty({ type: [CampaignView] }) items: CampaignView[];
}

export class GrantReportView {
  @ApiProperty({ description: '本次新发放张数' }) issued: number;
  @ApiProperty({ type: [String], description: '已持有本活动优惠券的手机号（未重复发放）' }) alreadyHeld: string[];
  @ApiProperty({ type: [String], description: '无法识别的手机号' }) invalid: string[];
  @ApiProperty() remainingFen: number;
}

export class CouponZoneView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class CouponView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '下单时填写的券码（couponCode）' }) code: string;
  @ApiProperty() campaignName: string;
  @ApiProperty({ description: '出资工会' }) fundedBy: string;
  @ApiProperty() faceValueFen: number;
  @ApiProperty() minSpendFen: number;
  @ApiProperty() validFrom: string;
  @ApiProperty() validTo: string;
  @ApiProperty({ enum: CouponScope }) scope: CouponScope;
  @ApiProperty({ type: CouponZoneView, nullable: true }) zone: CouponZoneView | null;
  @ApiProperty({ enum: [...Object.values(CouponStatus), 'EXPIRED', 'SUSPENDED'], description: 'AVAILABLE 可用 / USED 已使用 / EXPIRED 已过期 / SUSPENDED 活动暂停' })
  status: CouponStatus | 'EXPIRED' | 'SUSPENDED';
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) orderId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) usedAt: string | null;
}

export class CouponListView {
  @ApiProperty({ type: [CouponView] }) items: CouponView[];
}
