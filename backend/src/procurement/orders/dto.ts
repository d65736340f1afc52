import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageQuery } from '../../common/page-query';
import { IsCalendarDate } from '../../common/validators';
import { ApprovalMode } from './approval-rule.entity';
import { MAX_ACCEPTANCE_PHOTOS } from './order-acceptance.service';
import { INVOICE_NO } from './order-invoices.service';
import { MAX_PROCUREMENT_QTY } from './order-submission.service';
import { ProcurementOrderStatus, ProcurementPurpose } from './procurement-order-status';

/** Most distinct SKUs in one procurement request. */
export const MAX_PROCUREMENT_LINES = 100;
/** Largest amount in fen anyone may type (1 亿元). */
const MAX_FEN = 10_000_000_000;

export class ProcurementLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId: string;

  @ApiProperty({ minimum: 1, maximum: MAX_PROCUREMENT_QTY, example: 20, description: '不少于该规格的单位起订量 agencyMinQty' })
  @IsInt()
  @Min(1)
  @Max(MAX_PROCUREMENT_QTY)
  quantity: number;
}

export class SubmitProcurementOrderDto {
  @ApiProperty({ format: 'uuid', description: '本单位的食堂' })
  @IsUUID()
  canteenId: string;

  @ApiPropertyOptional({ enum: ProcurementPurpose, default: ProcurementPurpose.CANTEEN })
  @IsOptional()
  @IsEnum(ProcurementPurpose)
  purpose?: ProcurementPurpose;

  @ApiProperty({ example: '2026-06-20', description: '送达日期（北京时间），最早明天，最晚 90 天后' })
  @IsCalendarDate()
  deliveryDate: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string;

  @ApiProperty({ type: [ProcurementLineInput], description: `1–${MAX_PROCUREMENT_LINES} 种规格；不同供应商的商品拆分为多张订单` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROCUREMENT_LINES)
  @ValidateNested({ each: true })
  @Type(() => ProcurementLineInput)
  lines: ProcurementLineInput[];
}

export class ProcurementReasonDto {
  @ApiProperty({ example: '预算不足', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class ApproveDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  note?: string;
}

export class ConfirmLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  lineId: string;

  @ApiProperty({ minimum: 1, description: '成交单价（分），不得高于下单价' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  unitPriceFen: number;
}

export class ConfirmOrderDto {
  @ApiPropertyOptional({ type: [ConfirmLineInput], description: '需要调价的明细；未列出的明细按下单价成交' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PROCUREMENT_LINES)
  @ValidateNested({ each: true })
  @Type(() => ConfirmLineInput)
  lines?: ConfirmLineInput[];
}

export class ProcurementShipDto {
  @ApiProperty({ example: '顺丰冷运', maxLength: 40 })
  @IsString()
  @Length(1, 40)
  carrier: string;

  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  trackingNo?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  note?: string;
}

export class AcceptLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  lineId: string;

  @ApiProperty({ minimum: 0, description: '实收数量，0 到下单数量' })
  @IsInt()
  @Min(0)
  @Max(MAX_PROCUREMENT_QTY)
  receivedQty: number;

  @ApiPropertyOptional({ maxLength: 200, description: '短缺或质量说明' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  note?: string;
}

export class AcceptDto {
  @ApiProperty({ type: [AcceptLineInput], description: '订单的每一行都要填写' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROCUREMENT_LINES)
  @ValidateNested({ each: true })
  @Type(() => AcceptLineInput)
  lines: AcceptLineInput[];

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string;

  @ApiPropertyOptional({ type: [String], description: `验收照片（先通过 POST /api/files 上传），最多 ${MAX_ACCEPTANCE_PHOTOS} 张` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ACCEPTANCE_PHOTOS)
  @IsUUID('all', { each: true })
  photoFileIds?: string[];
}

export class InvoiceDto {
  @ApiProperty({ example: '26442000000012345678', description: '发票号码：数电票 20 位，普票 8 位' })
  @Matches(INVOICE_NO, { message: 'invoiceNo 必须是 20 位或 8 位数字' })
  invoiceNo: string;

  @ApiProperty({ description: '发票金额（分），须等于验收金额减去已退款金额' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  amountFen: number;

  @ApiProperty({ format: 'uuid', description: '发票 PDF（先通过 POST /api/files 上传）' })
  @IsUUID()
  fileId: string;
}

export class TransferDto {
  @ApiProperty({ example: 'CMB20260620123456', description: '银行转账流水号' })
  @IsString()
  @Matches(/^[\x21-\x7e]{4,64}$/, { message: 'reference 必须是 4–64 个可见 ASCII 字符' })
  reference: string;

  @ApiProperty({ example: '2026-06-21', description: '转账日期（北京时间）' })
  @IsCalendarDate()
  paidOn: string;
}

export class AlipayDto {
  @ApiPropertyOptional({ enum: ['page', 'wap'], default: 'page' })
  @IsOptional()
  @IsIn(['page', 'wap'], { message: 'device 必须是 page 或 wap' })
  device?: 'page' | 'wap';
}

export class RefundDto {
  @ApiProperty({ minimum: 1, description: '退款金额（分），不超过验收金额减去已退款' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  amountFen: number;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  reason: string;

  @ApiPropertyOptional({ description: '对公转账付款的订单：退款转账流水号（必填）' })
  @IsOptional()
  @IsString()
  @Matches(/^[\x21-\x7e]{4,64}$/, { message: 'reference 必须是 4–64 个可见 ASCII 字符' })
  reference?: string;
}

export class ApprovalRuleDto {
  @ApiProperty({ enum: ApprovalMode, description: 'ALWAYS 每单审批；ABOVE_AMOUNT 超过金额门槛才审批；NEVER 无需审批' })
  @IsEnum(ApprovalMode)
  mode: ApprovalMode;

  @ApiPropertyOptional({ description: 'ABOVE_AMOUNT 的金额门槛（分）：订单金额大于它时需要审批' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  thresholdFen?: number;
}

export class ProcurementOrderListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ProcurementOrderStatus })
  @IsOptional()
  @IsEnum(ProcurementOrderStatus)
  status?: ProcurementOrderStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  canteenId?: string;

  @ApiPropertyOptional({ example: '2026-06-01', description: '下单日期起（北京时间，含）' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: '下单日期止（北京时间，含）' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class SupplierProcurementListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ProcurementOrderStatus })
  @IsOptional()
  @IsEnum(ProcurementOrderStatus)
  status?: ProcurementOrderStatus;
}

export class AdminProcurementListQuery extends SupplierProcurementListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}
