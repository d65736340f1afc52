import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { dateColumn, UUID_LENGTH } from '../database/dialect';

export enum CertificationType {
  /** 消费帮扶产品认定 — required for a product to be listed. */
  ASSISTANCE = 'ASSISTANCE',
  /** 圳品 */
  ZHENPIN = 'ZHENPIN',
  /** 绿色食品 */
  GREEN = 'GREEN',
  /** 有机食品 */
  ORGANIC = 'ORGANIC',
  /** 地理标志农产品 */
  GI = 'GI',
  /** 承诺达标合格证 */
  COMPLIANCE = 'COMPLIANCE',
}

export const CERTIFICATION_LABELS: Record<CertificationType, string> = {
  ASSISTANCE: '消费帮扶产品认定',
  ZHENPIN: '圳品',
  GREEN: '绿色食品',
  ORGANIC: '有机食品',
  GI: '地理标志',
  COMPLIANCE: '承诺达标合格证',
};

export enum CertificationReview {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** A certificate attached to a product, reviewed by an operator before it counts. */
@Entity('certifications')
@Index('IX_certifications_product', ['productId'])
export class Certification extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  @Column({ type: 'simple-enum', enum: CertificationType })
  type: CertificationType;

  @Column({ type: 'varchar', length: 60 })
  number: string;

  @Column({ type: 'varchar', length: 100 })
  issuer: string;

  /** For 消费帮扶产品认定: the county that certified it (must be the product's origin). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  issuingCountyCode: string | null;

  @Column(dateColumn())
  validFrom: string;

  @Column(dateColumn())
  validTo: string;

  /** For 消费帮扶产品认定: registered low-income households linked to the product (带贫户数). */
  @Column({ type: 'int', nullable: true })
  linkedHouseholds: number | null;

  /** The uploaded certificate document (files context). */
  @Column({ type: 'varchar', length: UUID_LENGTH })
  documentFileId: string;

  @Column({ type: 'simple-enum', enum: CertificationReview, default: CertificationReview.PENDING })
  review: CertificationReview;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;
}
