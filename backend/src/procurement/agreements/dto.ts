import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../common/validators';
import { ProcurementPurpose } from '../orders/procurement-order-status';
import { AgreementParty, AgreementStatus } from './agreement-status';

/** Most SKUs in one agreement, and in one order or standing order under it. */
export const MAX_AGREEMENT_LINES = 50;
/** Most units of one SKU in one order. */
export const MAX_ORDER_QTY = 9999;

export class AgreementLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId: string;

  @ApiProperty({ example: 4990, description: '协议价（分），必须大于 0 且不高于该规格当前的商城价' })
  @IsInt()
  @Min(1)
  priceFen: number;

  @ApiPropertyOptional({ example: 10, description: '每单最少数量；不填时取该规格的单位采购起订量，且不能低于它' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ORDER_QTY)
  minQty?: number;
}

/** POST /agencies/:agencyId/agreements — the agency manager proposes an agreement to one supplier. */
export class ProposeAgreementDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  supplierId: string;

  @ApiProperty({ example: '2026 年第一食堂芒果定向直供' })
  @IsString()
  @Length(2, 100)
  title: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsCalendarDate()
  validTo: string;

  @ApiProperty({ type: [AgreementLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AGREEMENT_LINES)
  @ValidateNested({ each: true })
  @Type(() => AgreementLineInput)
  lines: AgreementLineInput[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class AgreementReasonDto {
  @ApiProperty({ example: '供货季结束' })
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class AgreementOptionalReasonDto {
  @ApiPropertyOptional({ example: '价格无法接受' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reason?: string;
}

export class AgreementListQuery {
  @ApiPropertyOptional({ enum: AgreementStatus })
  @IsOptional()
  @IsEnum(AgreementStatus)
  status?: AgreementStatus;
}

export class AdminAgreementListQuery extends AgreementListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}

export class OrderLineQtyInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId: string;

  @ApiProperty({ minimum: 1, maximum: MAX_ORDER_QTY, example: 20 })
  @IsInt()
  @Min(1)
  @Max(MAX_ORDER_QTY)
  quantity: number;
}

/** POST /agencies/:agencyId/agreements/:id/orders — a buyer orders at the agreed prices. */
export class AgreementOrderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  canteenId: string;

  @ApiProperty({ example: '2026-06-15', description: '送达日期，须在协议有效期内' })
  @IsCalendarDate()
  deliveryDate: string;

  @ApiProperty({ type: [OrderLineQtyInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AGREEMENT_LINES)
  @ValidateNested({ each: true })
  @Type(() => OrderLineQtyInput)
  lines: OrderLineQtyInput[];

  @ApiPropertyOptional({ enum: ProcurementPurpose, default: ProcurementPurpose.CANTEEN })
  @IsOptional()
  @IsEnum(ProcurementPurpose)
  purpose?: ProcurementPurpose;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class CreateStandingOrderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  canteenId: string;

  @ApiProperty({ minimum: 1, maximum: 7, example: 1, description: '每周送达日：1 周一 … 7 周日' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 6, default: 2, description: '提前几天下单' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  leadDays?: number;

  @ApiProperty({ type: [OrderLineQtyInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AGREEMENT_LINES)
  @ValidateNested({ each: true })
  @Type(() => OrderLineQtyInput)
  lines: OrderLineQtyInput[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

/** PATCH: pause (active=false), resume (active=true), or change the schedule or lines. */
export class UpdateStandingOrderDto {
  @ApiPropertyOptional({ description: 'false 暂停，true 恢复' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 7 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 6 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  leadDays?: number;

  @ApiPropertyOptional({ type: [OrderLineQtyInput] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AGREEMENT_LINES)
  @ValidateNested({ each: true })
  @Type(() => OrderLineQtyInput)
  lines?: OrderLineQtyInput[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  note?: string | null;
}

// ---- views ----

export class AgreementLineView {
  @ApiProperty() skuId: string;
  @ApiProperty() productId: string;
  @ApiProperty() productName: string;
  @ApiProperty() spec: string;
  @ApiProperty() unit: string;
  @ApiProperty({ description: '提议时的商城价（分）' }) shopPriceFen: number;
  @ApiProperty({ description: '协议价（分）' }) priceFen: number;
  @ApiProperty() minQty: number;
}

export class AgreementView {
  @ApiProperty() id: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() agencyName: string;
  @ApiProperty() supplierId: string;
  @ApiProperty() supplierName: string;
  @ApiProperty() title: string;
  @ApiProperty() validFrom: string;
  @ApiProperty() validTo: string;
  @ApiProperty({ enum: AgreementStatus }) status: AgreementStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '生效中且今天在有效期内（可据此下单）' }) usable: boolean;
  @ApiProperty({ description: '有效期已过' }) expired: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) declineReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) respondedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) endedAt: Date | null;
  @ApiProperty({ enum: AgreementParty, nullable: true }) endedByParty: AgreementParty | null;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: [AgreementLineView] }) lines: AgreementLineView[];
}

export class AgreementList {
  @ApiProperty({ type: [AgreementView] }) items: AgreementView[];
}

export class AgreementOrderView {
  @ApiProperty() id: string;
  @ApiProperty() orderNo: string;
  @ApiProperty() status: string;
  @ApiProperty() supplierId: string;
  @ApiProperty({ type: String, nullable: true }) agreementId: string | null;
  @ApiProperty() goodsFen: number;
  @ApiProperty() deliveryDate: string;
}

export class AgreementOrderResult {
  @ApiProperty({ type: [AgreementOrderView] }) orders: AgreementOrderView[];
}

export class StandingOrderLineView {
  @ApiProperty() skuId: string;
  @ApiProperty() quantity: number;
}

export class StandingOrderView {
  @ApiProperty() id: string;
  @ApiProperty() agreementId: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() canteenId: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdByName: string;
  @ApiProperty() weekday: number;
  @ApiProperty() leadDays: number;
  @ApiProperty({ type: [StandingOrderLineView] }) lines: StandingOrderLineView[];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, nullable: true }) stoppedReason: string | null;
  @ApiProperty({ description: '下一次送达日期' }) nextDeliveryDate: string;
  @ApiProperty({ description: '下一次下单日期（送达日前 leadDays 天）' }) nextOrderDate: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastRunAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) lastDeliveryDate: string | null;
  @ApiProperty({ type: String, nullable: true }) lastOrderNo: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
}

export class StandingOrderList {
  @ApiProperty({ type: [StandingOrderView] }) items: StandingOrderView[];
}
