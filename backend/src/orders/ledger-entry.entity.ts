import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { dateColumn, fenColumn, UUID_LENGTH } from '../database/dialect';

export enum LedgerEntryType {
  /** What the buyer paid for a supplier order (+). */
  SALE = 'SALE',
  /** The coupon discount of a supplier order, owed to the co-op by the platform on behalf of the funding union (+). */
  SUBSIDY = 'SUBSIDY',
  /** Money returned to the buyer (−). */
  REFUND = 'REFUND',
  /** The subsidy of refunded units, no longer owed (−). */
  SUBSIDY_REVERSAL = 'SUBSIDY_REVERSAL',
}

/**
 * The per-supplier ledger: append-only signed amounts, dated by business day (Asia/Shanghai). What
 * the platform owes a co-op for a period is the sum of the period's entries; a settlement claims
 * them (settlementId), so no entry is ever paid twice.
 */
@Entity('ledger_entries')
@Index('IX_ledger_supplier_day', ['supplierId', 'businessDate'])
@Index('IX_ledger_settlement', ['settlementId'])
export class LedgerEntry extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierOrderId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  refundId: string | null;

  @Column({ type: 'simple-enum', enum: LedgerEntryType })
  type: LedgerEntryType;

  /** Signed: sales and subsidies positive, refunds and reversals negative. */
  @Column(fenColumn())
  amountFen: number;

  /** Who pays this amount in the end: 买家 for sales and refunds, the coupon's union for subsidies. */
  @Column({ type: 'varchar', length: 100 })
  fundedBy: string;

  @Column(dateColumn())
  businessDate: string;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  settlementId: string | null;
}
