import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

/** A canteen (食堂) run by an Agency; agencies without one still buy, but have no quota. */
@Entity('canteens')
@Index('UQ_canteens_agency_name', ['agencyId', 'name'], { unique: true })
export class Canteen extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  agencyId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;
}
