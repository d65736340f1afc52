import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';
import { CertificationType } from './certification.entity';
import { ProductCategory } from './product.entity';

export enum ZoneKind {
  /** Products chosen by a rule (counties, helper unit, certification, category, season). */
  RULE = 'RULE',
  /** Products an operator picked by hand. */
  MANUAL = 'MANUAL',
}

export interface ZoneRule {
  countyCodes?: string[];
  /** Counties this eastern helper unit pairs with today. */
  helperUnitId?: string;
  certificationTypes?: CertificationType[];
  categories?: ProductCategory[];
  /** Only products in their sale season this month. */
  inSeason?: boolean;
  /** Words the product name must contain (any of them). */
  keywords?: string[];
}

/** A curated zone (专区/专馆) of the shop, e.g. 百色芒果季, 圳品专区, or one county's hall. */
@Entity('zones')
export class Zone extends BaseEntity {
  @Index('UQ_zones_slug', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  slug: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  @Column({ type: 'simple-enum', enum: ZoneKind })
  kind: ZoneKind;

  @Column({ type: 'simple-json', nullable: true })
  rule: ZoneRule | null;

  @Column({ type: 'simple-json' })
  productIds: string[];

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'int' })
  sortOrder: number;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  createdById: string | null;
}
