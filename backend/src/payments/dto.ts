import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Payment, PaymentConfirmation, PaymentStatus } from './payment.entity';
import { Refund, RefundStatus } from './refund.entity';

export class PaymentListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ enum: PaymentStatus })
  @IsOptional()
  @IsEnum(PaymentStatus)
  status?: PaymentStatus;

  @ApiPropertyOptional({ description: '只看重复支付、待退款的记录' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  needsRefund?: boolean;
}

export class RefundView {
  @ApiProperty() refundNo: string;
  @ApiProperty() amountFen: number;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: RefundStatus }) status: RefundStatus;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) refundedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PaymentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNo: string;
  @ApiProperty() outTradeNo: string;
  @ApiProperty({ enum: ['page', 'wap'] }) device: 'page' | 'wap';
  @ApiProperty() amountFen: number;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: PaymentStatus }) status: PaymentStatus;
  @ApiProperty({ type: String, nullable: true, description: '支付宝交易号' }) tradeNo: string | null;
  @ApiProperty({ description: '是否为该订单被采纳的那笔支付' }) accepted: boolean;
  @ApiProperty({ description: '订单已由另一笔支付付清，此笔需退回' }) needsRefund: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) paidAt: string | null;
  @ApiProperty({ enum: PaymentConfirmation, nullable: true, description: 'NOTIFY 异步通知 / QUERY 对账查询' }) confirmedBy: PaymentConfirmation | null;
  @ApiProperty({ description: '订单方是否已处理该笔支付' }) handled: boolean;
  @ApiProperty() refundedFen: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) checkedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [RefundView] }) refunds: RefundView[];
}

export class PaymentListView {
  @ApiProperty({ type: [PaymentView] }) items: PaymentView[];
}

export class ReconcileView {
  @ApiProperty() outTradeNo: string;
  @ApiProperty({ enum: PaymentStatus }) before: PaymentStatus;
  @ApiProperty({ enum: PaymentStatus }) after: PaymentStatus;
  @ApiProperty({ type: String, nullable: true, description: '支付宝返回的 trade_status' }) tradeStatus: string | null;
  @ApiProperty() message: string;
}

export class ReconcileSweepView {
  @ApiProperty({ type: [ReconcileView] }) items: ReconcileView[];
}

export class RefundOutcomeView {
  @ApiProperty({ enum: ['SUCCEEDED', 'FAILED'] }) status: 'SUCCEEDED' | 'FAILED';
  @ApiPropertyOptional() message?: string;
}

export const refundView = (r: Refund): RefundView => ({
  refundNo: r.refundNo,
  amountFen: r.amountFen,
  reason: r.reason,
  status: r.status,
  message: r.message,
  refundedAt: r.refundedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export const paymentView = (p: Payment, refunds: Refund[]): PaymentView => ({
  id: p.id,
  orderId: p.orderId,
  orderNo: p.orderNo,
  outTradeNo: p.outTradeNo,
  device: p.device,
  amountFen: p.amountFen,
  subject: p.subject,
  status: p.status,
  tradeNo: p.tradeNo,
  accepted: p.acceptedOrderId !== null,
  needsRefund: p.needsRefund,
  paidAt: p.paidAt?.toISOString() ?? null,
  confirmedBy: p.confirmedBy,
  handled: p.handledAt !== null,
  refundedFen: p.refundedFen,
  checkedAt: p.checkedAt?.toISOString() ?? null,
  createdAt: p.createdAt.toISOString(),
  refunds: refunds.map(refundView),
});
