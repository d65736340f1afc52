import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { PHONE_RULE } from '../identity/password.service';

/**
 * A delivery address as both the address book and checkout take it (checkout copies it into the
 * order, so a later edit of the book never changes an order).
 */
export class PostalAddressInput {
  @ApiProperty({ example: '陈小梅', description: '收货人' })
  @IsString()
  @Length(1, 40)
  name: string;

  @ApiProperty({ example: '13800000005', description: '手机号' })
  @Matches(PHONE_RULE, { message: 'phone 必须是 11 位手机号' })
  phone: string;

  @ApiProperty({ example: '广东省深圳市福田区', description: '省市区' })
  @IsString()
  @Length(2, 100)
  region: string;

  @ApiProperty({ example: '福华三路 88 号 2 栋 1201', description: '详细地址' })
  @IsString()
  @Length(2, 200)
  detail: string;
}
