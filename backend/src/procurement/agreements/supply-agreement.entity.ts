import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { dateColumn, instantColumn, UUID_LENGTH } from '../../database/dialect';
import { AgreementParty, AgreementStatus } from './agreement-status';

/**
 * A direct-supply agreement (定向直供) between one agency and one supplier, valid from validFrom to
 * validTo (business days, Asia/Shanghai, both inclusive). Status changes are conditional UPDATEs on
 * `version`, so an acceptance and an early end cannot both win.
 */
@Entity('supply_agreements')
@Index('IX_supply_agreements_agency', ['agencyId', 'status', 'createdAt'])
@Index('IX_supply_agreements_supplier', ['supplierId', 'status', 'createdAt'])
export class SupplyAgreement extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  agencyId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column(dateColumn())
  validFrom: string;

  @Column(dateColumn())
  validTo: string;

  @Column({ type: 'simple-enum', enum: AgreementStatus })
  status: AgreementStatus;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  proposedBy: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** The supplier staff member who accepted or declined, and when. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  respondedBy: string | null;

  @Column(instantColumn({ nullable: true }))
  respondedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  declineReason: string | null;

  @Column(instantColumn({ nullable: true }))
  endedAt: Date | null;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  endedBy: string | null;

  @Column({ type: 'simple-enum', enum: AgreementParty, nullable: true })
  endedByParty: AgreementParty | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  endReason: string | null;
}
