import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { dateColumn, UUID_LENGTH } from '../database/dialect';
import { TRACE_CODE_COLUMN_LENGTH } from './trace-code';

/** One tested item of an inspection, e.g. 农药残留 — "未检出" — passed. */
export interface InspectionItem {
  name: string;
  result: string;
  passed: boolean;
}

/** The outbound test of a batch (出厂/上市前检测). */
export interface Inspection {
  lab: string;
  /** YYYY-MM-DD */
  testedOn: string;
  items: InspectionItem[];
  passed: boolean;
  /** The uploaded test report (files context), if any. */
  reportFileId: string | null;
}

/**
 * 承诺达标合格证 as issued for the batch: a snapshot taken when the batch is created, so the printed
 * certificate never changes afterwards, whatever happens to the product or supplier records.
 */
export interface ComplianceCertificate {
  productName: string;
  /** Quantity or weight as printed, e.g. "500 公斤". */
  quantityText: string;
  producer: string;
  origin: string;
  contactPhone: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  promise: string;
  /** The optional 自检合格 mark. */
  selfTested: boolean;
}

/**
 * A batch (批次): one harvest or production run of a supplier's product from one of its supply
 * bases. The trace code is random and unique; the supplier's own batch number is unique per supplier.
 */
@Entity('batches')
@Index('UQ_batches_supplier_batch_no', ['supplierId', 'batchNo'], { unique: true })
@Index('IX_batches_supplier', ['supplierId', 'createdAt'])
export class Batch extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Index('IX_batches_product')
  @Column({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplyBaseId: string;

  /** The supplier's own batch number. */
  @Column({ type: 'varchar', length: 40 })
  batchNo: string;

  @Index('UQ_batches_trace_code', { unique: true })
  @Column({ type: 'varchar', length: TRACE_CODE_COLUMN_LENGTH })
  traceCode: string;

  /** Harvest or production date (Asia/Shanghai calendar). */
  @Column(dateColumn())
  harvestDate: string;

  @Column({ type: 'int' })
  quantity: number;

  /** 单位, e.g. 公斤, 箱. */
  @Column({ type: 'varchar', length: 10 })
  unit: string;

  @Column({ type: 'simple-json', nullable: true })
  inspection: Inspection | null;

  @Column({ type: 'simple-json' })
  certificate: ComplianceCertificate;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  createdById: string;
}
