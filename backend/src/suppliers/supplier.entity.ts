import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

export enum SupplierStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

/** A co-op (合作社), enterprise or family farm registered in an assisted county. */
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

  @Column({ type: 'simple-enum', enum: SupplierStatus, default: SupplierStatus.PENDING })
  status: SupplierStatus;
}
