import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { dateColumn, fenColumn, instantColumn, UUID_LENGTH } from '../database/dialect';

export enum SettlementStatus {
  /** Drawn up: the amount the platform owes the co-op for the period is fixed. */
  CONFIRMED = 'CONFIRMED',
  /** The platform has paid it out. */
  PAID = 'PAID',
}

/** What the platform owes one co-op for a closed period of business days, from its ledger entries. */
@Entity('settlements')
@Index('IX_settlements_supplier', ['supplierId', 'periodFrom'])
export class Settlement extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Column(dateColumn())
  periodFrom: string;

  @Column(dateColumn())
  periodTo: string;

  @Column({ type: 'simple-enum', enum: SettlementStatus })
  status: SettlementStatus;

  @Column(fenColumn())
  saleFen: number;

  @Column(fenColumn())
  subsidyFen: number;

  /** Refunds and subsidy reversals (negative). */
  @Column(fenColumn())
  refundFen: number;

  /** saleFen + subsidyFen + refundFen: what is paid out. */
  @Column(fenColumn())
  netFen: number;

  @Column({ type: 'int' })
  entryCount: number;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  createdById: string;

  @Column(instantColumn({ nullable: true }))
  paidAt: Date | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  paidById: string | null;

  /** Bank transfer reference of the payout. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  payReference: string | null;
}
