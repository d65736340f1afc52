import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { DIVISION_CODE, IsCreditCode } from '../common/validators';

export class CanteenInput {
  @ApiProperty({ example: '福田区机关第一食堂' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  address?: string;
}

export class CreateAgencyDto {
  @ApiProperty({ example: '深圳市福田区机关事务管理局' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: '440304', description: '所在行政区划代码（决定适用的预留份额政策）' })
  @Matches(DIVISION_CODE, { message: 'divisionCode 必须是 6 位行政区划代码' })
  divisionCode: string;

  @ApiPropertyOptional({ example: '11440304MB2C12345X' })
  @IsOptional()
  @IsCreditCode()
  creditCode?: string;

  @ApiProperty({ type: CanteenInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CanteenInput)
  canteens: CanteenInput[];
}

export class CanteenView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
}

export class AgencyView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) creditCode: string | null;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty({ type: CanteenView, isArray: true }) canteens: CanteenView[];
}

export class AgencyList {
  @ApiProperty({ type: AgencyView, isArray: true }) items: AgencyView[];
}
