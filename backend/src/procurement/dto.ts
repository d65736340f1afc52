import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DIVISION_CODE, IsCreditCode } from '../common/validators';
import { PASSWORD_RULE, PHONE_RULE } from '../identity/password.service';
import { AgencyLevel, AgencyStatus } from './agency.entity';
import { CanteenKind } from './canteen.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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

  @ApiPropertyOptional({ enum: CanteenKind, default: CanteenKind.OWN, description: 'OWN 自办；SHARED 与其他单位共用；OUTSOURCED 外包（须填承包方）' })
  @IsOptional()
  @IsEnum(CanteenKind)
  kind?: CanteenKind;

  @ApiPropertyOptional({ example: '深圳市膳源餐饮管理有限公司', description: '外包食堂的承包方' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  contractorName?: string;

  @ApiPropertyOptional({ example: '王师傅', description: '收货人' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  contactName?: string;

  @ApiPropertyOptional({ example: '13912345678' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+\- ]{7,20}$/, { message: 'contactPhone 格式不正确' })
  contactPhone?: string;
}

/** A partial change of a canteen; `null` clears an optional field. */
export class UpdateCanteenDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @Length(1, 200) address?: string | null;
  @ApiPropertyOptional({ enum: CanteenKind }) @IsOptional() @IsEnum(CanteenKind) kind?: CanteenKind;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @Length(1, 100) contractorName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @Length(1, 40) contactName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+\- ]{7,20}$/, { message: 'contactPhone 格式不正确' })
  contactPhone?: string | null;
}

export class CreateAgencyDto {
  @ApiProperty({ example: '深圳市福田区机关事务管理局' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: '440304', description: '所在行政区划代码（决定适用的预留份额政策和结对县）' })
  @Matches(DIVISION_CODE, { message: 'divisionCode 必须是 6 位行政区划代码' })
  divisionCode: string;

  @ApiPropertyOptional({ example: '11440304MB2C12345X' })
  @IsOptional()
  @IsCreditCode()
  creditCode?: string;

  @ApiPropertyOptional({ enum: AgencyLevel, default: AgencyLevel.DISTRICT, description: '单位级别' })
  @IsOptional()
  @IsEnum(AgencyLevel)
  level?: AgencyLevel;

  @ApiProperty({ type: CanteenInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CanteenInput)
  canteens: CanteenInput[];
}

export class UpdateAgencyDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 100) name?: string;
  @ApiPropertyOptional({ enum: AgencyLevel }) @IsOptional() @IsEnum(AgencyLevel) level?: AgencyLevel;
  @ApiPropertyOptional({ enum: AgencyStatus, description: 'DISABLED 停用：不再出现在份额排名中，成员仍可查看历史' })
  @IsOptional()
  @IsEnum(AgencyStatus)
  status?: AgencyStatus;
}

export class AgencyListQuery {
  @ApiPropertyOptional({ example: '440300', description: '行政区划：省（44xxxx 以 0000 结尾）、市（以 00 结尾）含其下各区' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'divisionCode 必须是 6 位行政区划代码' })
  divisionCode?: string;

  @ApiPropertyOptional({ enum: AgencyLevel }) @IsOptional() @IsEnum(AgencyLevel) level?: AgencyLevel;
  @ApiPropertyOptional({ enum: AgencyStatus }) @IsOptional() @IsEnum(AgencyStatus) status?: AgencyStatus;

  @ApiPropertyOptional({ description: '名称或信用代码包含' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;

  /** The default stays 1000, as the list answered before it had pages (account forms pick from it). */
  @ApiPropertyOptional({ default: 1000, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) pageSize?: number;
}

export class ContractorAccountDto {
  @ApiProperty({ example: '13912345678' })
  @IsString()
  @Matches(PHONE_RULE, { message: '手机号格式不正确' })
  phone: string;

  @ApiProperty({ example: '王师傅' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ description: '8–64 位，须含字母和数字' })
  @IsString()
  @Matches(PASSWORD_RULE, { message: '密码须为 8–64 位并同时包含字母和数字' })
  password: string;
}

export class CanteenView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ enum: CanteenKind }) kind: CanteenKind;
  @ApiProperty({ enum: ['自办', '共用', '外包'] }) kindLabel: string;
  @ApiProperty({ type: String, nullable: true }) contractorName: string | null;
  @ApiProperty({ type: String, nullable: true, description: '承包方的采购员账号（只能为本食堂下单）' }) contractorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) contactName: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
}

/** Where an agency sits: its division, the eastern city, and the helper unit whose pairings count for it. */
export class AgencyRegionView {
  @ApiProperty({ example: '440304' }) divisionCode: string;
  @ApiProperty({ example: '福田区' }) divisionName: string;
  @ApiProperty({ example: '广东省深圳市福田区' }) fullName: string;
  @ApiProperty({ type: String, nullable: true, example: '深圳市' }) cityName: string | null;
  @ApiProperty({ example: '深圳市福田区', description: '帮扶方：区级单位为"市+区"，市级单位为该市' }) helperUnitName: string;
}

export class AgencyView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) creditCode: string | null;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: AgencyLevel }) level: AgencyLevel;
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty({ type: AgencyRegionView, nullable: true }) region: AgencyRegionView | null;
  @ApiProperty({ type: CanteenView, isArray: true }) canteens: CanteenView[];
}

export class AgencyList {
  @ApiProperty({ type: AgencyView, isArray: true }) items: AgencyView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class AgencyMemberView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() phone: string;
  @ApiProperty({ isArray: true, enum: ['CANTEEN_BUYER', 'AGENCY_APPROVER', 'AGENCY_MANAGER'] }) roles: string[];
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty({ type: String, nullable: true, description: '承包方账号所属的外包食堂' }) contractorOfCanteenId: string | null;
}

export class AgencyMemberList {
  @ApiProperty({ type: AgencyMemberView, isArray: true }) items: AgencyMemberView[];
}
