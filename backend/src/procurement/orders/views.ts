import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApprovalMode } from './approval-rule.entity';
import { InvoiceStatus, ProcurementOrderStatus, ProcurementPaymentMethod, ProcurementPaymentStatus, ProcurementPurpose } from './procurement-order-status';

const S = { type: String, nullable: true } as const;
const N = { type: Number, nullable: true } as const;

export class ProcurementOrderLineView {
  @ApiProperty() id: string;
  @ApiProperty() productId: string;
  @ApiProperty() skuId: string;
  @ApiProperty() productName: string;
  @ApiProperty() spec: string;
  @ApiProperty() unit: string;
  @ApiProperty() originCountyCode: string;
  @ApiProperty() quantity: number;
  @ApiProperty({ description: '下单价（分）' }) listPriceFen: number;
  @ApiProperty({ description: '成交价（分）' }) unitPriceFen: number;
  @ApiProperty() lineFen: number;
  @ApiProperty(N) receivedQty: number | null;
  @ApiProperty(N) acceptedFen: number | null;
  @ApiProperty(S) shortfallNote: string | null;
}

export class ProcurementEventView {
  @ApiProperty() type: string;
  @ApiProperty(S) from: string | null;
  @ApiProperty(S) to: string | null;
  @ApiProperty(S) actorUserId: string | null;
  @ApiProperty() actorName: string;
  @ApiProperty(S) note: string | null;
  @ApiProperty() at: string;
}

export class AcceptanceView {
  @ApiProperty() acceptedByName: string;
  @ApiProperty(S) note: string | null;
  @ApiProperty({ type: [String] }) photoUrls: string[];
  @ApiProperty() acceptedAt: string;
}

export class InvoiceView {
  @ApiProperty() id: string;
  @ApiProperty() invoiceNo: string;
  @ApiProperty() amountFen: number;
  @ApiProperty() fileUrl: string;
  @ApiProperty({ enum: InvoiceStatus }) status: InvoiceStatus;
  @ApiProperty(S) rejectReason: string | null;
  @ApiProperty() submittedAt: string;
  @ApiProperty(S) decidedAt: string | null;
}

export class PaymentView {
  @ApiProperty({ enum: ProcurementPaymentStatus }) status: ProcurementPaymentStatus;
  @ApiProperty({ enum: ProcurementPaymentMethod, nullable: true }) method: ProcurementPaymentMethod | null;
  @ApiProperty({ ...N, description: '付款金额（分）' }) paidFen: number | null;
  @ApiProperty({ ...N, description: '应付金额：验收金额 − 已退款' }) dueFen: number | null;
  @ApiProperty(S) transferReference: string | null;
  @ApiProperty(S) transferPaidOn: string | null;
  @ApiProperty(S) paidAt: string | null;
}

export class ProcurementRefundView {
  @ApiProperty() refundNo: string;
  @ApiProperty() amountFen: number;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['NONE', 'BANK_TRANSFER', 'ALIPAY'] }) method: string;
  @ApiProperty(S) reference: string | null;
  @ApiProperty({ enum: ['PENDING', 'SUCCEEDED', 'FAILED'] }) status: string;
  @ApiProperty() actorName: string;
  @ApiProperty() at: string;
}

export class ProcurementOrderSummary {
  @ApiProperty() id: string;
  @ApiProperty() orderNo: string;
  @ApiProperty({ enum: ProcurementOrderStatus }) status: ProcurementOrderStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ enum: ProcurementPurpose }) purpose: ProcurementPurpose;
  @ApiProperty() agencyId: string;
  @ApiProperty() agencyName: string;
  @ApiProperty() canteenId: string;
  @ApiProperty() canteenName: string;
  @ApiProperty() supplierId: string;
  @ApiProperty() supplierName: string;
  @ApiProperty() buyerUserId: string;
  @ApiProperty() buyerName: string;
  @ApiProperty() goodsFen: number;
  @ApiProperty(N) confirmedFen: number | null;
  @ApiProperty(N) acceptedFen: number | null;
  @ApiProperty() refundedFen: number;
  @ApiProperty() deliveryDate: string;
  @ApiProperty() approvalRequired: boolean;
  @ApiProperty(S) confirmDeadline: string | null;
  @ApiProperty({ enum: InvoiceStatus }) invoiceStatus: InvoiceStatus;
  @ApiProperty({ enum: ProcurementPaymentStatus }) paymentStatus: ProcurementPaymentStatus;
  @ApiProperty(S) agreementId: string | null;
  @ApiProperty(S) standingOrderId: string | null;
  @ApiProperty() createdAt: string;
}

export class ProcurementOrderView extends ProcurementOrderSummary {
  @ApiProperty() deliveryAddress: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty(S) buyerNote: string | null;
  @ApiProperty(S) submittedAt: string | null;
  @ApiProperty(S) approverUserId: string | null;
  @ApiProperty(S) approvedAt: string | null;
  @ApiProperty(S) rejectReason: string | null;
  @ApiProperty(S) confirmedAt: string | null;
  @ApiProperty(S) shippedAt: string | null;
  @ApiProperty(S) carrier: string | null;
  @ApiProperty(S) trackingNo: string | null;
  @ApiProperty(S) acceptedAt: string | null;
  @ApiProperty({ ...S, description: '验收日（北京时间）' }) acceptedOn: string | null;
  @ApiProperty({ ...N, description: '验收金额中来自本单位所在区结对县的部分' }) acceptedPairedFen: number | null;
  @ApiProperty(S) cancelledAt: string | null;
  @ApiProperty(S) cancelReason: string | null;
  @ApiProperty({ ...S, description: '采购合同 PDF（供应商确认后）' }) contractUrl: string | null;
  @ApiProperty(S) contractSha256: string | null;
  @ApiProperty({ type: [ProcurementOrderLineView] }) lines: ProcurementOrderLineView[];
  @ApiProperty({ type: [ProcurementEventView] }) events: ProcurementEventView[];
  @ApiProperty({ type: AcceptanceView, nullable: true }) acceptance: AcceptanceView | null;
  @ApiProperty({ type: [InvoiceView], description: '最新在前' }) invoices: InvoiceView[];
  @ApiProperty({ type: PaymentView }) payment: PaymentView;
  @ApiProperty({ type: [ProcurementRefundView] }) refunds: ProcurementRefundView[];
}

export class ProcurementOrderList {
  @ApiProperty({ type: [ProcurementOrderSummary] }) items: ProcurementOrderSummary[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class SubmitResult {
  @ApiProperty({ type: [ProcurementOrderSummary], description: '每个供应商一张订单' }) orders: ProcurementOrderSummary[];
}

export class ApprovalRuleView {
  @ApiProperty() agencyId: string;
  @ApiProperty({ enum: ApprovalMode }) mode: ApprovalMode;
  @ApiProperty(N) thresholdFen: number | null;
  @ApiPropertyOptional(S) updatedAt: string | null;
}

export class AlipayStartView {
  @ApiProperty() payUrl: string;
  @ApiProperty() outTradeNo: string;
}
