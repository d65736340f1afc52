import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { ProductCategory, StorageCondition } from './product.entity';

/** Largest price of one SKU: 1,000,000 yuan. */
export const MAX_PRICE_FEN = 100_000_000;
export const MAX_STOCK = 10_000_000;

export class SkuInput {
  @ApiProperty({ example: '5斤装 精品中果' })
  @IsString()
  @Length(1, 60)
  spec: string;

  @ApiProperty({ example: '箱' })
  @IsString()
  @Length(1, 10)
  unit: string;

  @ApiProperty({ example: 2500, description: '净含量（克）' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  netWeightGrams: number;

  @ApiProperty({ example: 5990, description: '价格（分）' })
  @IsInt()
  @Min(1)
  @Max(MAX_PRICE_FEN)
  priceFen: number;

  @ApiProperty({ example: 200 })
  @IsInt()
  @Min(0)
  @Max(MAX_STOCK)
  stock: number;

  @ApiProperty({ example: 10, description: '单位食堂采购的起订量' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  agencyMinQty: number;
}

class ProductContentFields {
  @ApiProperty({ example: '百色芒果（台农一号）' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ enum: ProductCategory })
  @IsEnum(ProductCategory)
  category: ProductCategory;

  @ApiProperty({ example: '右江河谷阳光充足，果肉细腻、香甜多汁。' })
  @IsString()
  @Length(1, 5000)
  description: string;

  @ApiProperty({ type: String, isArray: true, description: '图片文件 id，第一张为封面' })
  @IsArray()
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  images: string[];

  @ApiProperty({ example: '451022', description: '产地县：供应商所在县或其基地所在县' })
  @Matches(DIVISION_CODE, { message: 'originCountyCode 必须是 6 位行政区划代码' })
  originCountyCode: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  supplyBaseId?: string | null;

  @ApiProperty({ enum: StorageCondition })
  @IsEnum(StorageCondition)
  storage: StorageCondition;

  @ApiProperty()
  @IsBoolean()
  coldChain: boolean;

  @ApiProperty({ type: Number, isArray: true, example: [6, 7, 8, 9], description: '销售月份 1–12' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(12, { each: true })
  saleMonths: number[];
}

export class CreateProductDto extends ProductContentFields {
  @ApiProperty({ type: SkuInput, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SkuInput)
  skus: SkuInput[];
}

/** Any subset of the content; on an approved product it becomes a change awaiting review. */
export class UpdateProductDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 100) name?: string;
  @ApiPropertyOptional({ enum: ProductCategory }) @IsOptional() @IsEnum(ProductCategory) category?: ProductCategory;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 5000) description?: string;

  @ApiPropertyOptional({ type: String, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  images?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'originCountyCode 必须是 6 位行政区划代码' })
  originCountyCode?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  supplyBaseId?: string | null;

  @ApiPropertyOptional({ enum: StorageCondition }) @IsOptional() @IsEnum(StorageCondition) storage?: StorageCondition;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() coldChain?: boolean;

  @ApiPropertyOptional({ type: Number, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(12, { each: true })
  saleMonths?: number[];
}

/** A SKU edit. `stock` and `enabled: false` take effect at once; the rest needs review once approved. */
export class UpdateSkuDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(MAX_STOCK) stock?: number;
  @ApiPropertyOptional({ description: '下架该规格无需审核；重新上架需审核' }) @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 60) spec?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 10) unit?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(1_000_000) netWeightGrams?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(MAX_PRICE_FEN) priceFen?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(100_000) agencyMinQty?: number;
}

export class ReasonDto {
  @ApiProperty({ example: '价格明显高于市场均价，请核实' })
  @IsString()
  @Length(2, 200)
  reason: string;
}
