import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
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
import { DIVISION_CODE } from '../common/validators';
import { CertificationType } from './certification.entity';
import { ProductCategory } from './product.entity';
import { ProductSummaryView } from './views';
import { ZoneKind } from './zone.entity';

export class ZoneRuleInput {
  @ApiPropertyOptional({ type: String, isArray: true, example: ['451022', '451024'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(DIVISION_CODE, { each: true, message: 'countyCodes 必须是 6 位行政区划代码' })
  countyCodes?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: '今日与该帮扶方结对的县的商品' })
  @IsOptional()
  @IsUUID()
  helperUnitId?: string;

  @ApiPropertyOptional({ enum: CertificationType, isArray: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CertificationType, { each: true })
  certificationTypes?: CertificationType[];

  @ApiPropertyOptional({ enum: ProductCategory, isArray: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ProductCategory, { each: true })
  categories?: ProductCategory[];

  @ApiPropertyOptional({ description: '只含当月在售季的商品' })
  @IsOptional()
  @IsBoolean()
  inSeason?: boolean;

  @ApiPropertyOptional({ type: String, isArray: true, example: ['芒果'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 20, { each: true })
  keywords?: string[];
}

export class CreateZoneDto {
  @ApiProperty({ example: 'baise-mango' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,58}$/, { message: 'slug 只能包含小写字母、数字和连字符' })
  slug: string;

  @ApiProperty({ example: '百色芒果季' })
  @IsString()
  @Length(2, 60)
  name: string;

  @ApiProperty({ example: '右江河谷的芒果，六月至九月当季直发。' })
  @IsString()
  @Length(0, 300)
  description: string;

  @ApiProperty({ enum: ZoneKind })
  @IsEnum(ZoneKind)
  kind: ZoneKind;

  @ApiPropertyOptional({ type: ZoneRuleInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => ZoneRuleInput)
  rule?: ZoneRuleInput;

  @ApiPropertyOptional({ type: String, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  productIds?: string[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ default: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  sortOrder?: number;
}

export class UpdateZoneDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 60) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 300) description?: string;
  @ApiPropertyOptional({ type: ZoneRuleInput }) @IsOptional() @ValidateNested() @Type(() => ZoneRuleInput) rule?: ZoneRuleInput;

  @ApiPropertyOptional({ type: String, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  productIds?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10000) sortOrder?: number;
}

export class ZoneView {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ZoneKind }) kind: ZoneKind;
  @ApiProperty({ type: ZoneRuleInput, nullable: true }) rule: ZoneRuleInput | null;
  @ApiProperty({ type: String, isArray: true }) productIds: string[];
  @ApiProperty() active: boolean;
  @ApiProperty() sortOrder: number;
}

export class ZoneList {
  @ApiProperty({ type: ZoneView, isArray: true }) items: ZoneView[];
}

export class ZoneWithProducts extends ZoneView {
  @ApiProperty({ type: ProductSummaryView, isArray: true }) products: ProductSummaryView[];
}

export class GeneratedZones {
  @ApiProperty({ description: '新建的县域馆数量' }) created: number;
  @ApiProperty({ type: ZoneView, isArray: true }) items: ZoneView[];
}
