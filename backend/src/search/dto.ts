import { PageQuery } from '../common/page-query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { CertificationType } from '../catalog/certification.entity';
import { ProductCategory } from '../catalog/product.entity';
import { ProductSummaryView } from '../catalog/views';
import { DIVISION_CODE } from '../common/validators';
import { SEARCH_SORTS, SearchSort } from './search-engine';

/** GET /api/products (contract: q, countyCode, certification, category, page, pageSize; the rest are additions). */
export class ProductQuery extends PageQuery {
  @ApiPropertyOptional({ description: '关键词：中文、拼音全拼或首字母（mangguo、bsmg）、产地、认证，可混合' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ example: '451022', description: '产地：县、市或省的行政区划代码' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'countyCode 必须是 6 位行政区划代码' })
  countyCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '今日与该东部帮扶方结对的县的商品' })
  @IsOptional()
  @IsUUID()
  helperUnitId?: string;

  @ApiPropertyOptional({ enum: CertificationType })
  @IsOptional()
  @IsEnum(CertificationType)
  certification?: CertificationType;

  @ApiPropertyOptional({ enum: ProductCategory })
  @IsOptional()
  @IsEnum(ProductCategory)
  category?: ProductCategory;

  @ApiPropertyOptional({ description: '只看当季（本月在销售月份内）' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value))
  @IsBoolean({ message: 'inSeason 必须是 true 或 false' })
  inSeason?: boolean;

  @ApiPropertyOptional({ description: '最低价下限（分）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minPriceFen?: number;

  @ApiPropertyOptional({ description: '最低价上限（分）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  maxPriceFen?: number;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, description: '默认：有关键词时按相关度，否则按上架时间；sales 按已支付销量' })
  @IsOptional()
  @IsIn(SEARCH_SORTS, { message: `sort 必须是 ${SEARCH_SORTS.join('、')} 之一` })
  sort?: SearchSort;
}

export class FacetCount {
  @ApiProperty() value: string;
  @ApiProperty() label: string;
  @ApiProperty() count: number;
}

export class ProductFacets {
  @ApiProperty({ type: FacetCount, isArray: true }) category: FacetCount[];
  @ApiProperty({ type: FacetCount, isArray: true }) certification: FacetCount[];
  @ApiProperty({ type: FacetCount, isArray: true, description: '产地县' }) county: FacetCount[];
  @ApiProperty({ type: FacetCount, isArray: true, description: '产地市（州）' }) city: FacetCount[];
  @ApiProperty({ type: FacetCount, isArray: true, description: '产地省（区）' }) province: FacetCount[];
}

/** Contract: GET /api/products → {items, total, facets} (page and pageSize besides). */
export class ProductPage {
  @ApiProperty({ type: ProductSummaryView, isArray: true }) items: ProductSummaryView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: ProductFacets }) facets: ProductFacets;
}

export class SuggestQuery {
  @ApiProperty({ description: '已输入的内容' })
  @IsString()
  @Length(1, 50)
  q: string;
}

export class Suggestion {
  @ApiProperty({ description: '建议的搜索词' }) text: string;
  @ApiProperty({ enum: ['product', 'county', 'category'] }) kind: 'product' | 'county' | 'category';
  @ApiPropertyOptional({ description: '商品建议：商品 id' }) productId?: string;
  @ApiPropertyOptional({ description: '产地建议：行政区划代码（可作 countyCode）' }) countyCode?: string;
  @ApiPropertyOptional({ enum: ProductCategory, description: '类目建议：类目（可作 category）' }) category?: ProductCategory;
}

export class SuggestionList {
  @ApiProperty({ type: Suggestion, isArray: true }) items: Suggestion[];
}

export class SynonymGroupDto {
  @ApiProperty({ type: String, isArray: true, example: ['沙糖桔', '砂糖橘'], description: '同义词（2–10 个，每个 1–20 字）' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 20, { each: true })
  terms: string[];
}

export class SynonymsDto {
  @ApiProperty({ type: SynonymGroupDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SynonymGroupDto)
  groups: SynonymGroupDto[];
}

export class SynonymGroupView {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, isArray: true }) terms: string[];
  @ApiProperty() updatedAt: string;
}

export class SynonymList {
  @ApiProperty({ type: SynonymGroupView, isArray: true }) groups: SynonymGroupView[];
}

export class ReindexResult {
  @ApiProperty({ enum: ['embedded', 'meilisearch'] }) engine: 'embedded' | 'meilisearch';
  @ApiProperty({ description: '已索引的在售商品数' }) indexed: number;
  @ApiProperty() tookMs: number;
}
