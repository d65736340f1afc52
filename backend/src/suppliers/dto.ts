import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { DIVISION_CODE, IsCreditCode } from '../common/validators';

export class CreateSupplierDto {
  @ApiProperty({ example: '田东县祥周镇芒果种植专业合作社' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: '93451022MA5N2XK41B' })
  @IsCreditCode()
  creditCode: string;

  @ApiProperty({ example: '451022', description: '注册所在的受帮扶县' })
  @Matches(DIVISION_CODE, { message: 'countyCode 必须是 6 位行政区划代码' })
  countyCode: string;
}

export class SupplierView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() creditCode: string;
  @ApiProperty() countyCode: string;
  @ApiProperty({ enum: ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'] }) status: string;
}

export class SupplierList {
  @ApiProperty({ type: SupplierView, isArray: true }) items: SupplierView[];
}
