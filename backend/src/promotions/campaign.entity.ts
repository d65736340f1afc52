import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { dateColumn, fenColumn, UUID_LENGTH } from '../database/dialect';

/** What a coupon of the campaign applies to. */
export enum CouponScope {
  /** Every product the shop shows: all carry a valid 消费帮扶产品认定. */
  ASSISTANCE = 'ASSISTANCE',
  /** Only the products one zone (专区/专馆) shows today. */
  ZONE = 'ZONE',
}

export enum CampaignStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

/**
 * A union coupon campaign (工会消费帮扶券): a union funds a budget; each coupon issued takes its face
 * value from the budget with one conditional UPDATE of `issuedFen` (`issuedFen + face <= budgetFen`),
 * so the budget can never be overspent, however many members claim at once.
 */
@Entity('coupon_campaigns')
export class CouponCampaign extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The funding union, e.g. 深圳市总工会. */
  @Column({ type: 'varchar', length: 100 })
  unionName: string;

  @Column(fenColumn())
  budgetFen: number;

  /** Face value of every coupon issued so far (pending grants included). */
  @Column(fenColumn())
  issuedFen: number;

  @Column(fenColumn())
  faceValueFen: number;

  /** Minimum spend on in-scope items. */
  @Column(fenColumn())
  minSpendFen: number;

  /** Business dates (Asia/Shanghai), inclusive. */
  @Column(dateColumn())
  validFrom: string;

  @Column(dateColumn())
  validTo: string;

  @Column({ type: 'simple-enum', enum: CouponScope })
  scope: CouponScope;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  zoneId: string | null;

  /** Members may claim with this code (upper case); null: issued by phone list only. */
  @Index('UQ_coupon_campaigns_claim_code', { unique: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  claimCode: string | null;

  @Column({ type: 'simple-enum', enum: CampaignStatus })
  status: CampaignStatus;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  createdById: string;
}
