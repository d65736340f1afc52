import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PostalAddressInput } from '../common/postal-address.dto';
import { PHONE_RULE } from './password.service';

/** Most addresses one member keeps. */
export const MAX_ADDRESSES = 20;

const PHONE = PHONE_RULE;

export class CreateAddressDto extends PostalAddressInput {
  @ApiPropertyOptional({ description: '设为默认地址（第一条地址总是默认）' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateAddressDto {
  @ApiPropertyOptional({ example: '陈小梅' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  name?: string;

  @ApiPropertyOptional({ example: '13800000005' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone 必须是 11 位手机号' })
  phone?: string;

  @ApiPropertyOptional({ example: '广东省深圳市福田区' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  region?: string;

  @ApiPropertyOptional({ example: '福华三路 88 号 2 栋 1201' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  detail?: string;

  @ApiPropertyOptional({ description: 'true 设为默认地址（取消默认请把另一条设为默认）' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}

export class AddressView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() phone: string;
  @ApiProperty() region: string;
  @ApiProperty() detail: string;
  @ApiProperty() isDefault: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AddressListView {
  @ApiProperty({ type: [AddressView], description: '默认地址在前，其余按最近修改' }) items: AddressView[];
}
