import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PASSWORD_RULE, PHONE_RULE } from './password.service';
import { Role } from './role';

export class LoginDto {
  @ApiProperty({ example: '13800000005' })
  @IsString()
  @Matches(PHONE_RULE, { message: '手机号格式不正确' })
  phone: string;

  @ApiProperty({ example: 'Demo@2026' })
  @IsString()
  @Length(1, 128)
  password: string;
}

export class RegisterDto {
  @ApiProperty({ example: '13900000000' })
  @IsString()
  @Matches(PHONE_RULE, { message: '手机号格式不正确' })
  phone: string;

  @ApiProperty({ description: '8–64 位，须含字母和数字' })
  @IsString()
  @Matches(PASSWORD_RULE, { message: '密码须为 8–64 位并同时包含字母和数字' })
  password: string;

  @ApiProperty({ example: '陈小梅' })
  @IsString()
  @Length(1, 50)
  name: string;
}

export class CreateUserDto extends RegisterDto {
  @ApiProperty({ enum: Role, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsEnum(Role, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}

export class UserStatusDto {
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'], description: 'DISABLED 停用（立即失效，不能登录）；ACTIVE 恢复' })
  @IsIn(['ACTIVE', 'DISABLED'])
  status: 'ACTIVE' | 'DISABLED';

  @ApiPropertyOptional({ example: '人员离职', description: '原因（记入操作日志）' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  reason?: string;
}

/** The whole new set of roles, with the organisation they need (the same rules as at creation). */
export class UserRolesDto {
  @ApiProperty({ enum: Role, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsEnum(Role, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid', description: '单位角色须指定；不填表示不属于任何预算单位' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '供应商角色须指定；不填表示不属于任何供应商' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ enum: Role })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ enum: ['ACTIVE', 'DISABLED'] })
  @IsOptional()
  @IsIn(['ACTIVE', 'DISABLED'])
  status?: 'ACTIVE' | 'DISABLED';

  @ApiPropertyOptional({ description: '姓名或手机号包含的文字' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class UserSummary {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
}

export class LoginResult {
  @ApiProperty() accessToken: string;
  @ApiProperty({ type: UserSummary }) user: UserSummary;
}

export class OrgRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class MeView extends UserSummary {
  @ApiProperty() phone: string;
  @ApiProperty({ type: String, nullable: true }) agencyId: string | null;
  @ApiProperty({ type: String, nullable: true }) supplierId: string | null;
  @ApiProperty({ type: OrgRef, nullable: true }) agency: OrgRef | null;
  @ApiProperty({ type: OrgRef, nullable: true }) supplier: OrgRef | null;
}

export class UserView extends UserSummary {
  @ApiProperty() phone: string;
  @ApiProperty({ type: String, nullable: true }) agencyId: string | null;
  @ApiProperty({ type: String, nullable: true }) supplierId: string | null;
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty() createdAt: string;
}

export class UserList {
  @ApiProperty({ type: UserView, isArray: true, description: '按创建时间先后' }) items: UserView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
