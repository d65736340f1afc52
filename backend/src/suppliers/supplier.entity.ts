import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { instantColumn } from '../database/dialect';

export enum SupplierStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

export enum SupplierKind {
  COOPERATIVE = 'COOPERATIVE',
  ENTERPRISE = 'ENTERPRISE',
  FAMILY_FARM = 'FAMILY_FARM',
}

/** A licence the supplier holds (营业执照, 食品生产许可证, 食品经营许可证, …). */
export interface Licence {
  type: string;
  number: string;
  /** YYYY-MM-DD; null for a licence without end (长期). */
  expiresOn: string | null;
  /** A scan uploaded through /api/files, when given. */
  fileId: string | null;
}

/**
 * A co-op (合作社), enterprise or family farm registered in an assisted county. It applies
 * (PENDING), is reviewed (APPROVED / REJECTED, resubmitted after correction), and can be suspended;
 * only APPROVED suppliers sell. Every decision is kept in supplier_decisions.
 */
@Entity('suppliers')
export class Supplier extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Unified social credit code (统一社会信用代码). */
  @Index('UQ_suppliers_credit_code', { unique: true })
  @Column({ type: 'varchar', length: 18 })
  creditCode: string;

  /** The assisted county it is registered in. */
  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Index('IX_suppliers_status')
  @Column({ type: 'simple-enum', enum: SupplierStatus, default: SupplierStatus.PENDING })
  status: SupplierStatus;

  @Column({ type: 'simple-enum', enum: SupplierKind, default: SupplierKind.COOPERATIVE })
  kind: SupplierKind;

  /** JSON list; null for suppliers created before admission existed. */
  @Column({ type: 'simple-json', nullable: true })
  licences: Licence[] | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contactAddress: string | null;

  /** 带贫户数: registered low-income households linked to the supplier. */
  @Column({ type: 'integer', nullable: true })
  linkedHouseholds: number | null;

  /** How those households benefit (联农带农机制). */
  @Column({ type: 'text', nullable: true })
  linkageDescription: string | null;

  /** The reason of the latest rejection, suspension or reinstatement. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  statusReason: string | null;

  /** When the application was last (re)submitted. */
  @Column(instantColumn({ nullable: true }))
  submittedAt: Date | null;
}
