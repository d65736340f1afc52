import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { fenColumn, instantColumn, UUID_LENGTH } from '../../database/dialect';
import { InvoiceStatus } from './procurement-order-status';

/**
 * A fapiao (发票) the supplier recorded for an accepted order. A rejected one stays as history and
 * the supplier submits a new row; the order's invoiceStatus follows the latest.
 */
@Entity('procurement_invoices')
@Index('IX_procurement_invoices_order', ['orderId', 'createdAt'])
export class ProcurementInvoice extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  /** 20 digits (数电票) or 8 digits (普票). */
  @Column({ type: 'varchar', length: 20 })
  invoiceNo: string;

  @Column(fenColumn())
  amountFen: number;

  /** The invoice PDF (files context). */
  @Column({ type: 'varchar', length: UUID_LENGTH })
  fileId: string;

  @Column({ type: 'simple-enum', enum: InvoiceStatus })
  status: InvoiceStatus;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  submittedByUserId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  decidedByUserId: string | null;

  @Column(instantColumn({ nullable: true }))
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;
}
