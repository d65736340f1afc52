import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DIVISION_CODE, IsCalendarDate } from '../common/validators';
import { BaseCertificationType, SupplyBaseStatus, SupplyBaseType } from './supply-base.entity';

export class BaseCertificationInput {
  @ApiProperty({ enum: BaseCertificationType, description: 'GONGSHEN 供深基地 / GONGYUE 供粤基地 / ORGANIC 有机 / GREEN 绿色 / GI 地理标志' })
  @IsEnum(BaseCertificationType)
  type: BaseCertificationType;

  @ApiProperty({ example: 'GSJD-2023-0451' })
  @IsString()
  @Length(1, 60)
  number: string;

  @ApiProperty({ example: '2023-06-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({ example: '2026-05-31' })
  @IsCalendarDate()
  validTo: string;

  @ApiPropertyOptional({ format: 'uuid', description: '证书扫描件（先经 /api/files 上传）' })
  @IsOptional()
  @IsUUID()
  fileId?: string;
}

/**
 * Coordinates are checked against China's extent (not merely ±90/±180): a base is in an assisted
 * county, and a swapped latitude/longitude then fails instead of landing in the ocean.
 */
export class CreateSupplyBaseDto {
  @ApiProperty({ example: '祥周镇芒果供深基地' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: '451022', description: '所在县（须为受帮扶县）' })
  @Matches(DIVISION_CODE, { message: 'countyCode 必须是 6 位行政区划代码' })
  countyCode: string;

  @ApiProperty({ example: '祥周镇' })
  @IsString()
  @Length(1, 50)
  township: string;

  @ApiProperty({ example: 23.597389, description: '纬度（WGS-84，度，最多 6 位小数）' })
  @IsNumber({ maxDecimalPlaces: 6, allowNaN: false, allowInfinity: false })
  @Min(3)
  @Max(54)
  latitude: number;

  @ApiProperty({ example: 107.089211, description: '经度（WGS-84，度，最多 6 位小数）' })
  @IsNumber({ maxDecimalPlaces: 6, allowNaN: false, allowInfinity: false })
  @Min(73)
  @Max(136)
  longitude: number;

  @ApiProperty({ example: 1250.5, description: '面积（亩，最多 2 位小数）' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(10_000_000)
  areaMu: number;

  @ApiProperty({ enum: SupplyBaseType, description: '种植 / 养殖 / 加工 / 仓储物流 / 综合' })
  @IsEnum(SupplyBaseType)
  baseType: SupplyBaseType;

  @ApiProperty({ type: String, isArray: true, example: ['百色芒果', '台农芒'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 30, { each: true })
  products: string[];

  @ApiProperty({ type: BaseCertificationInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BaseCertificationInput)
  certifications: BaseCertificationInput[];

  @ApiPropertyOptional({ example: '2025-03-12', description: '最近一次土壤检测日期' })
  @IsOptional()
  @IsCalendarDate()
  soilTestedOn?: string;

  @ApiPropertyOptional({ example: '2025-03-12', description: '最近一次水质检测日期' })
  @IsOptional()
  @IsCalendarDate()
  waterTestedOn?: string;
}

/** Any subset of the fields; a change of location or certifications of a verified base sends it back to review. */
export class UpdateSupplyBaseDto extends PartialType(CreateSupplyBaseDto) {}

export class ListBasesQuery {
  @ApiPropertyOptional({ enum: SupplyBaseStatus })
  @IsOptional()
  @IsEnum(SupplyBaseStatus)
  status?: SupplyBaseStatus;
}

export class BaseCertificationView {
  @ApiProperty({ enum: BaseCertificationType }) type: BaseCertificationType;
  @ApiProperty() number: string;
  @ApiProperty() validFrom: string;
  @ApiProperty() validTo: string;
  @ApiProperty({ type: String, nullable: true }) fileId: string | null;
  @ApiProperty({ description: '今天是否在有效期内' }) current: boolean;
}

export class SupplyBaseView {
  @ApiProperty() id: string;
  @ApiProperty() supplierId: string;
  @ApiProperty() name: string;
  @ApiProperty() countyCode: string;
  @ApiProperty({ type: String, nullable: true, example: '广西壮族自治区百色市田东县' }) countyName: string | null;
  @ApiProperty() township: string;
  @ApiProperty() latitude: number;
  @ApiProperty() longitude: number;
  @ApiProperty({ description: '亩' }) areaMu: number;
  @ApiProperty({ enum: SupplyBaseType }) baseType: SupplyBaseType;
  @ApiProperty({ type: String, isArray: true }) products: string[];
  @ApiProperty({ type: BaseCertificationView, isArray: true }) certifications: BaseCertificationView[];
  @ApiProperty({ type: String, nullable: true }) soilTestedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) waterTestedOn: string | null;
  @ApiProperty({ description: '土壤和水质检测均在两年以内' }) testsCurrent: boolean;
  @ApiProperty({ enum: SupplyBaseStatus }) status: SupplyBaseStatus;
  @ApiProperty({ type: String, nullable: true }) statusReason: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewedAt: string | null;
  @ApiProperty() updatedAt: string;
}

export class SupplyBaseList {
  @ApiProperty({ type: SupplyBaseView, isArray: true }) items: SupplyBaseView[];
}
