import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { instantColumn, UUID_LENGTH } from '../database/dialect';
import { SupplierStatus } from './supplier.entity';

export enum SupplierAction {
  /** The supplier applied (POST /supplier-applications). */
  SUBMIT = 'SUBMIT',
  /** The supplier corrected its application. */
  RESUBMIT = 'RESUBMIT',
  /** An operator created the supplier directly, admitted. */
  ADMIT = 'ADMIT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
}

/** One step of a supplier's lifecycle: who did what, when, and why. Never updated or deleted. */
@Entity('supplier_decisions')
@Index('IX_supplier_decisions_supplier', ['supplierId', 'decidedAt'])
export class SupplierDecision extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Column({ type: 'simple-enum', enum: SupplierAction })
  action: SupplierAction;

  /** Null when the supplier came into being with this decision. */
  @Column({ type: 'simple-enum', enum: SupplierStatus, nullable: true })
  fromStatus: SupplierStatus | null;

  @Column({ type: 'simple-enum', enum: SupplierStatus })
  toStatus: SupplierStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  /** The user who decided; null for system actions (demo data). */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  actorId: string | null;

  /** The actor's name at the time, kept with the record. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  actorName: string | null;

  @Column(instantColumn())
  decidedAt: Date;
}
