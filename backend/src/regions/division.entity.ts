import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { dateColumn } from '../database/dialect';

export enum DivisionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}

/**
 * An administrative division (GB/T 2260) as it stood for a period. Codes and names change
 * (田阳县 451021 became 田阳区 451003 in 2019), so one row is one code-with-name for its period and
 * `successorCode` links a retired code to the one that replaced it.
 */
@Entity('divisions')
@Index('UQ_divisions_code_from', ['code', 'validFrom'], { unique: true })
export class Division extends BaseEntity {
  @Index('IX_divisions_code')
  @Column({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** Province + city + county, e.g. 广西壮族自治区百色市田东县. */
  @Column({ type: 'varchar', length: 120 })
  fullName: string;

  @Column({ type: 'simple-enum', enum: DivisionLevel })
  level: DivisionLevel;

  @Index('IX_divisions_parent')
  @Column({ type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @Column(dateColumn())
  validFrom: string;

  @Column(dateColumn({ nullable: true }))
  validTo: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  successorCode: string | null;
}
