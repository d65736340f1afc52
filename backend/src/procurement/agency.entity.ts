import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

export enum AgencyStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** Administrative level of a budget unit (单位级别), for ranking and filters. */
export enum AgencyLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
}

/** A budget unit (预算单位): a government agency, school or hospital that buys for its canteens. */
@Entity('agencies')
export class Agency extends BaseEntity {
  @Index('UQ_agencies_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Unified social credit code (统一社会信用代码), when known. */
  @Index('UQ_agencies_credit_code', { unique: true })
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  /** The division whose quota policy applies (e.g. 440304 福田区). */
  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  @Column({ type: 'simple-enum', enum: AgencyLevel, default: AgencyLevel.DISTRICT })
  level: AgencyLevel;

  @Column({ type: 'simple-enum', enum: AgencyStatus, default: AgencyStatus.ACTIVE })
  status: AgencyStatus;
}
