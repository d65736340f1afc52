import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DIVISION_CODE } from '../common/validators';
import { CertificationType } from './certification.entity';
import { ProductCategory } from './product.entity';

export class ProductQuery {
  @ApiPropertyOptional({ description: '关键词' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ example: '451022', description: '产地：县、市或省的行政区划代码' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'countyCode 必须是 6 位行政区划代码' })
  countyCode?: string;

  @ApiPropertyOptional({ enum: CertificationType })
  @IsOptional()
  @IsEnum(CertificationType)
  certification?: CertificationType;

  @ApiPropertyOptional({ enum: ProductCategory })
  @IsOptional()
  @IsEnum(ProductCategory)
  category?: ProductCategory;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
