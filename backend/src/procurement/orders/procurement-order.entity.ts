import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { dateColumn, fenColumn, instantColumn, UUID_LENGTH } from '../../database/dialect';
import { InvoiceStatus, ProcurementOrderStatus, ProcurementPaymentMethod, ProcurementPaymentStatus, ProcurementPurpose } from './procurement-order-status';

/**
 * One procurement order of one canteen from one supplier. Amounts: goodsFen at submission (list
 * prices), confirmedFen after the supplier's confirmation (prices may only go down), acceptedFen what
 * the buyer accepted on delivery (the figure the quota counts), refundedFen what went back later.
 * Every change is a conditional UPDATE on `version` (optimistic lock).
 */
@Entity('procurement_orders')
@Index('UQ_procurement_orders_no', ['orderNo'], { unique: true })
/** One request (one Idempotency-Key) splits into one order per supplier: the key is unique per buyer and supplier. */
@Index('UQ_procurement_orders_idempotency', ['buyerUserId', 'idempotencyKey', 'supplierId'], { unique: true })
@Index('IX_procurement_orders_agency', ['agencyId', 'status', 'createdAt'])
@Index('IX_procurement_orders_agency_accepted', ['agencyId', 'acceptedOn'])
@Index('IX_procurement_orders_supplier', ['supplierId', 'status', 'createdAt'])
@Index('IX_procurement_orders_confirm_due', ['status', 'confirmDeadline'])
export class ProcurementOrder extends BaseEntity {
  /** 16 digits, the same scheme as customer orders (orders/order-no.ts). */
  @Column({ type: 'varchar', length: 16 })
  orderNo: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  agencyId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  canteenId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  buyerUserId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  /** Set when ordered under a direct-supply agreement (定向直供). */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  agreementId: string | null;

  /** Set when created by a standing weekly order. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  standingOrderId: string | null;

  @Column({ type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** sha256 of the submitted request in canonical form: the same key with another body is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'simple-enum', enum: ProcurementPurpose, default: ProcurementPurpose.CANTEEN })
  purpose: ProcurementPurpose;

  @Column({ type: 'simple-enum', enum: ProcurementOrderStatus })
  status: ProcurementOrderStatus;

  @Column({ type: 'int' })
  version: number;

  @Column(fenColumn())
  goodsFen: number;

  @Column(fenColumn({ nullable: true }))
  confirmedFen: number | null;

  @Column(fenColumn({ nullable: true }))
  acceptedFen: number | null;

  /** Of acceptedFen, the part whose origin county was paired with the agency's helper unit that day. */
  @Column(fenColumn({ nullable: true }))
  acceptedPairedFen: number | null;

  @Column(fenColumn())
  refundedFen: number;

  /** Requested delivery day (Asia/Shanghai). */
  @Column(dateColumn())
  deliveryDate: string;

  /** Snapshot of the canteen's delivery address and contact at submission. */
  @Column({ type: 'varchar', length: 200 })
  deliveryAddress: string;

  @Column({ type: 'varchar', length: 40 })
  contactName: string;

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  buyerNote: string | null;

  @Column(instantColumn({ nullable: true }))
  submittedAt: Date | null;

  @Column({ type: 'boolean' })
  approvalRequired: boolean;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  approverUserId: string | null;

  @Column(instantColumn({ nullable: true }))
  approvedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;

  /** Unconfirmed by the supplier after this instant, the order is cancelled (auto-cancel job). */
  @Column(instantColumn({ nullable: true }))
  confirmDeadline: Date | null;

  @Column(instantColumn({ nullable: true }))
  confirmedAt: Date | null;

  /** The contract snapshot (PDF, files context) made at confirmation. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  contractFileId: string | null;

  /** Hex SHA-256 of the contract PDF, so a printed copy can be checked against what was agreed. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  contractSha256: string | null;

  @Column(instantColumn({ nullable: true }))
  shippedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  carrier: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  trackingNo: string | null;

  @Column(instantColumn({ nullable: true }))
  acceptedAt: Date | null;

  /** Business day of acceptance (Asia/Shanghai): the quota year and month come from it. */
  @Column(dateColumn({ nullable: true }))
  acceptedOn: string | null;

  @Column({ type: 'simple-enum', enum: InvoiceStatus, default: InvoiceStatus.NONE })
  invoiceStatus: InvoiceStatus;

  @Column({ type: 'simple-enum', enum: ProcurementPaymentStatus, default: ProcurementPaymentStatus.UNPAID })
  paymentStatus: ProcurementPaymentStatus;

  @Column({ type: 'simple-enum', enum: ProcurementPaymentMethod, nullable: true })
  paymentMethod: ProcurementPaymentMethod | null;

  @Column(instantColumn({ nullable: true }))
  paidAt: Date | null;

  /** Amount the payment covers (acceptedFen − refundedFen when it was declared or started). */
  @Column(fenColumn({ nullable: true }))
  paidFen: number | null;

  /** Bank transfer (对公转账): the transfer's reference (流水号) and the day it left, as the buyer declared. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  transferReference: string | null;

  @Column(dateColumn({ nullable: true }))
  transferPaidOn: string | null;

  /** Alipay: the accepted attempt's out_trade_no (refunds go back through it). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  outTradeNo: string | null;

  @Column(instantColumn({ nullable: true }))
  cancelledAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;
}
