import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

export enum HelperUnitKind {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  TOWN = 'TOWN',
}

/** An eastern helper unit (帮扶方): a city, a district or a town that helps western counties. */
@Entity('helper_units')
export class HelperUnit extends BaseEntity {
  /** Full name as the source documents write it, e.g. 深圳市福田区, 东莞市清溪镇. */
  @Index('UQ_helper_units_name', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** The eastern city it belongs to: 深圳市, 广州市, 东莞市. */
  @Column({ type: 'varchar', length: 30 })
  city: string;

  @Column({ type: 'simple-enum', enum: HelperUnitKind })
  kind: HelperUnitKind;
}
