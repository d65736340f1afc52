import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { dateColumn, instantColumn, UUID_LENGTH } from '../database/dialect';

export enum PairingRole {
  /** 结对 / 对口帮扶: the unit that leads the help for the county. */
  LEAD = 'LEAD',
  /** 协助: a unit that assists the lead. */
  ASSIST = 'ASSIST',
}

/**
 * A helper unit helps a county for a period under a source document. Pairings are versioned,
 * never overwritten: a re-pairing is a new row, and ending one only closes its period (with who,
 * when and why), so sales stay attributed to the pairing valid on the day they happened.
 */
@Entity('pairings')
@Index('IX_pairings_county', ['countyCode', 'validFrom'])
@Index('IX_pairings_helper', ['helperUnitId', 'validFrom'])
export class Pairing extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  helperUnitId: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'simple-enum', enum: PairingRole })
  role: PairingRole;

  @Column(dateColumn())
  validFrom: string;

  /** Inclusive last day; null while the pairing is open-ended. */
  @Column(dateColumn({ nullable: true }))
  validTo: string | null;

  @Column({ type: 'varchar', length: 40 })
  sourceId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  createdById: string | null;

  @Column(instantColumn({ nullable: true }))
  endedAt: Date | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  endedById: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  endedReason: string | null;
}
