import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { instantColumn, UUID_LENGTH } from '../database/dialect';

export enum CouponStatus {
  AVAILABLE = 'AVAILABLE',
  USED = 'USED',
}

export enum CouponIssue {
  PHONE_LIST = 'PHONE_LIST',
  CLAIM_CODE = 'CLAIM_CODE',
}

/**
 * One member's coupon. It belongs to a phone number: issued by phone list it waits (userId null)
 * until the member with that phone opens the wallet or checks out, and is bound to the account
 * then. One coupon per member per campaign: unique (campaignId, holderPhone) and (campaignId, userId).
 * Redeeming is one conditional UPDATE AVAILABLE → USED; releasing (order cancelled) the reverse.
 */
@Entity('coupons')
@Index('UQ_coupons_campaign_phone', ['campaignId', 'holderPhone'], { unique: true })
@Index('UQ_coupons_campaign_user', ['campaignId', 'userId'], { unique: true })
export class Coupon extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  campaignId: string;

  /** What the member enters at checkout (order `couponCode`). */
  @Index('UQ_coupons_code', { unique: true })
  @Column({ type: 'varchar', length: 24 })
  code: string;

  @Index('IX_coupons_phone')
  @Column({ type: 'varchar', length: 20 })
  holderPhone: string;

  @Index('IX_coupons_user')
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  userId: string | null;

  @Column({ type: 'simple-enum', enum: CouponStatus })
  status: CouponStatus;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  orderId: string | null;

  @Column(instantColumn({ nullable: true }))
  usedAt: Date | null;

  @Column({ type: 'simple-enum', enum: CouponIssue })
  issuedVia: CouponIssue;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  issuedById: string | null;
}
