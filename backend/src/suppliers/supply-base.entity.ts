import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { dateColumn, instantColumn, UUID_LENGTH } from '../database/dialect';

export enum SupplyBaseStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

/** The five 供深基地 types. */
export enum SupplyBaseType {
  PLANTING = 'PLANTING',
  BREEDING = 'BREEDING',
  PROCESSING = 'PROCESSING',
  STORAGE_LOGISTICS = 'STORAGE_LOGISTICS',
  INTEGRATED = 'INTEGRATED',
}

export enum BaseCertificationType {
  /** 供深基地 */
  GONGSHEN = 'GONGSHEN',
  /** 供粤基地 */
  GONGYUE = 'GONGYUE',
  /** 有机食品 */
  ORGANIC = 'ORGANIC',
  /** 绿色食品 */
  GREEN = 'GREEN',
  /** 地理标志农产品 */
  GI = 'GI',
}

export interface BaseCertification {
  type: BaseCertificationType;
  number: string;
  validFrom: string;
  validTo: string;
  fileId: string | null;
}

/**
 * A production base of a supplier (供深基地 or another). Location is stored as integer
 * micro-degrees (WGS-84, as GPS devices and the national traceability platform record it; a map in
 * GCJ-02 converts for display) and area as integer hundredths of a mu (亩): exact, identical on
 * SQLite and MySQL, and free of the DECIMAL-as-string quirk of mysql2. The API speaks plain
 * degrees and mu.
 */
@Entity('supply_bases')
export class SupplyBase extends BaseEntity {
  @Index('IX_supply_bases_supplier')
  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  /** 乡镇 */
  @Column({ type: 'varchar', length: 50 })
  township: string;

  @Column({ type: 'integer' })
  latitudeE6: number;

  @Column({ type: 'integer' })
  longitudeE6: number;

  /** Area in hundredths of a mu (1 亩 = 100). */
  @Column({ type: 'integer' })
  areaCentiMu: number;

  @Column({ type: 'simple-enum', enum: SupplyBaseType })
  baseType: SupplyBaseType;

  /** Names of the products grown or made there (JSON list). */
  @Column({ type: 'simple-json' })
  products: string[];

  @Column({ type: 'simple-json' })
  certifications: BaseCertification[];

  @Column(dateColumn({ nullable: true }))
  soilTestedOn: string | null;

  @Column(dateColumn({ nullable: true }))
  waterTestedOn: string | null;

  @Index('IX_supply_bases_status')
  @Column({ type: 'simple-enum', enum: SupplyBaseStatus, default: SupplyBaseStatus.PENDING })
  status: SupplyBaseStatus;

  /** Why it was rejected (null otherwise). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  statusReason: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  reviewedById: string | null;

  @Column(instantColumn({ nullable: true }))
  reviewedAt: Date | null;
}
