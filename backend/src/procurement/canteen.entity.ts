import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

/** How a canteen is run: by the agency itself, shared with other units, or by a contractor. */
export enum CanteenKind {
  OWN = 'OWN',
  SHARED = 'SHARED',
  OUTSOURCED = 'OUTSOURCED',
}

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

  @Column({ type: 'simple-enum', enum: CanteenKind, default: CanteenKind.OWN })
  kind: CanteenKind;

  /** For an outsourced canteen: the contractor (承包方) that buys for it. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  contractorName: string | null;

  /**
   * The contractor's buyer account (a CANTEEN_BUYER of this agency). Such a buyer may order only for
   * this canteen; other buyers of the agency may order for any of its canteens.
   */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  contractorUserId: string | null;

  /** Who receives deliveries (收货人) and their phone. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;
}
