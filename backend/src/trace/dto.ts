import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DIVISION_CODE, IsCalendarDate } from '../common/validators';
import { BizStep, Disposition, TraceAction, TraceEventType } from './cbv';

export const MAX_BATCH_QUANTITY = 100_000_000;

/** An instant with an explicit offset or Z, e.g. 2025-06-20T08:30:00+08:00. */
export const ISO_INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
/** A UTC offset as EPCIS writes it, e.g. +08:00. */
export const UTC_OFFSET = /^[+-](0\d|1[0-4]):[0-5]\d$/;
/** A mobile number or a landline with area code. */
export const CONTACT_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export class InspectionItemInput {
  @ApiProperty({ example: '农药残留' })
  @IsString()
  @Length(1, 40)
  name: string;

  @ApiProperty({ example: '未检出' })
  @IsString()
  @Length(1, 100)
  result: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  passed: boolean;
}

export class InspectionInput {
  @ApiProperty({ example: '百色市农产品质量安全检测中心' })
  @IsString()
  @Length(2, 100)
  lab: string;

  @ApiProperty({ example: '2025-06-18' })
  @IsCalendarDate()
  testedOn: string;

  @ApiProperty({ type: InspectionItemInput, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => InspectionItemInput)
  items: InspectionItemInput[];

  @ApiProperty({ description: '总体结论是否合格；任一项目不合格时不能为合格' })
  @IsBoolean()
  passed: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: '检测报告（本供应商上传的文件 id）' })
  @IsOptional()
  @IsUUID()
  reportFileId?: string;
}

/** What the supplier states on the 承诺达标合格证; the rest comes from the batch and its records. */
export class CertificateInput {
  @ApiProperty({ example: '0776-5212345', description: '联系电话' })
  @Matches(CONTACT_PHONE, { message: 'contactPhone 必须是手机号或带区号的固定电话' })
  contactPhone: string;

  @ApiPropertyOptional({ example: '田东县祥周镇芒果种植专业合作社', description: '生产者，默认供应商名称' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  producer?: string;

  @ApiPropertyOptional({ example: '广西壮族自治区百色市田东县祥周镇', description: '产地，默认基地所在县与乡镇' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  origin?: string;

  @ApiPropertyOptional({ example: '500 公斤', description: '数量（重量），默认批次数量与单位' })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  quantityText?: string;

  @ApiPropertyOptional({ example: '2025-06-20', description: '开具日期，默认今天（北京时间）' })
  @IsOptional()
  @IsCalendarDate()
  issuedOn?: string;

  @ApiPropertyOptional({ description: '是否加注“自检合格”标识', default: false })
  @IsOptional()
  @IsBoolean()
  selfTested?: boolean;
}

export class CreateBatchDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  productId: string;

  @ApiPropertyOptional({ format: 'uuid', description: '本供应商的生产基地；默认商品登记的基地' })
  @IsOptional()
  @IsUUID()
  supplyBaseId?: string;

  @ApiProperty({ example: 'TD-2025-0618-01', description: '供应商自编批次号（同一供应商内唯一）' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._\-/#]{0,39}$/, { message: 'batchNo 只能由字母、数字和 . _ - / # 组成，最长 40 位' })
  batchNo: string;

  @ApiProperty({ example: '2025-06-18', description: '采收或生产日期（不能晚于今天）' })
  @IsCalendarDate()
  harvestDate: string;

  @ApiProperty({ example: 500 })
  @IsInt()
  @Min(1)
  @Max(MAX_BATCH_QUANTITY)
  quantity: number;

  @ApiProperty({ example: '公斤' })
  @IsString()
  @Length(1, 10)
  unit: string;

  @ApiPropertyOptional({ type: InspectionInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => InspectionInput)
  inspection?: InspectionInput;

  @ApiProperty({ type: CertificateInput })
  @ValidateNested()
  @Type(() => CertificateInput)
  certificate: CertificateInput;
}

export class AppendTraceEventDto {
  @ApiProperty({ enum: TraceEventType, example: TraceEventType.OBJECT })
  @IsEnum(TraceEventType)
  eventType: TraceEventType;

  @ApiProperty({ enum: TraceAction, example: TraceAction.OBSERVE })
  @IsEnum(TraceAction)
  action: TraceAction;

  @ApiProperty({ enum: BizStep, example: BizStep.shipping, description: 'CBV 业务步骤' })
  @IsEnum(BizStep)
  bizStep: BizStep;

  @ApiProperty({ enum: Disposition, example: Disposition.in_transit, description: 'CBV 状态' })
  @IsEnum(Disposition)
  disposition: Disposition;

  @ApiProperty({ example: '2025-06-20T08:30:00+08:00', description: '发生时间（ISO-8601，须带时区）；不能早于采收日，不能晚于现在' })
  @IsString()
  @Matches(ISO_INSTANT, { message: 'eventTime 必须是带时区的 ISO-8601 时间，如 2025-06-20T08:30:00+08:00' })
  eventTime: string;

  @ApiPropertyOptional({ example: '+08:00', description: '发生地的时区偏移；默认取 eventTime 的偏移，UTC 时间则为 +08:00' })
  @IsOptional()
  @Matches(UTC_OFFSET, { message: 'eventTimeZoneOffset 必须形如 +08:00' })
  eventTimeZoneOffset?: string;

  @ApiPropertyOptional({ example: '祥周镇芒果基地 分拣棚' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  readPoint?: string;

  @ApiPropertyOptional({ example: '田东县祥周镇芒果基地' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  bizLocation?: string;

  @ApiPropertyOptional({ example: '451022', description: '业务地点所在行政区划代码' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'bizLocationDivisionCode 必须是 6 位行政区划代码' })
  bizLocationDivisionCode?: string;

  @ApiPropertyOptional({ example: 200, description: '数量（批次单位），不超过批次数量' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_BATCH_QUANTITY)
  quantity?: number;

  @ApiPropertyOptional({ example: '冷链车 桂L·12345 发往深圳' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '更正的事件 id；原事件保留并标记为已更正，更正时须填写 note 说明原因' })
  @IsOptional()
  @IsUUID()
  correctsEventId?: string;
}

export class PageQuery {
  @ApiPropertyOptional({ example: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ example: 50, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class SupplierBatchQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  productId?: string;
}

export class AdminBatchQuery extends SupplierBatchQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}
