import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { DIVISION_CODE, IsCalendarDate, IsCreditCode } from '../common/validators';
import { RegisterDto, UserSummary } from '../identity/dto';
import { PHONE_RULE } from '../identity/password.service';
import { SupplierAction } from './supplier-decision.entity';
import { SupplierKind, SupplierStatus } from './supplier.entity';

/** An operator registers a supplier directly, admitted at once. */
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

  @ApiPropertyOptional({ enum: SupplierKind, default: SupplierKind.COOPERATIVE })
  @IsOptional()
  @IsEnum(SupplierKind)
  kind?: SupplierKind;
}

export class LicenceInput {
  @ApiProperty({ example: '营业执照', description: '证照类型：营业执照、食品生产许可证、食品经营许可证等' })
  @IsString()
  @Length(2, 30)
  type: string;

  @ApiProperty({ example: '93451022MA5N2XK41B' })
  @IsString()
  @Length(1, 50)
  number: string;

  @ApiPropertyOptional({ example: '2028-12-31', description: '有效期至；长期有效可不填' })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '扫描件（先经 /api/files 上传）' })
  @IsOptional()
  @IsUUID()
  fileId?: string;
}

export class ContactInput {
  @ApiProperty({ example: '黄春燕' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ example: '13800000002' })
  @IsString()
  @Matches(PHONE_RULE, { message: '手机号格式不正确' })
  phone: string;

  @ApiProperty({ example: '广西百色市田东县祥周镇' })
  @IsString()
  @Length(2, 200)
  address: string;
}

/** What a supplier states about itself: the application body, and the body of a correction. */
export class SupplierProfileDto {
  @ApiProperty({ example: '田东县祥周镇芒果种植专业合作社' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: '93451022MA5N2XK41B', description: '统一社会信用代码（含校验位）' })
  @IsCreditCode()
  creditCode: string;

  @ApiProperty({ example: '451022', description: '注册所在的受帮扶县（须有有效的东西部协作结对关系）' })
  @Matches(DIVISION_CODE, { message: 'countyCode 必须是 6 位行政区划代码' })
  countyCode: string;

  @ApiProperty({ enum: SupplierKind, description: '合作社 / 企业 / 家庭农场' })
  @IsEnum(SupplierKind)
  kind: SupplierKind;

  @ApiProperty({ type: LicenceInput, isArray: true, description: '证照，至少包含营业执照' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LicenceInput)
  licences: LicenceInput[];

  @ApiProperty({ type: ContactInput })
  @ValidateNested()
  @Type(() => ContactInput)
  contact: ContactInput;

  @ApiProperty({ example: 126, description: '带贫户数（联结的已登记脱贫户/低收入户数）' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  linkedHouseholds: number;

  @ApiProperty({ example: '统一收购社员芒果，保底价收购并按交易量二次返利', description: '联农带农方式' })
  @IsString()
  @Length(2, 1000)
  linkageDescription: string;
}

export class SupplierApplicationDto extends SupplierProfileDto {
  @ApiProperty({ type: RegisterDto, description: '申请人账号（成为该供应商的第一位员工）' })
  @ValidateNested()
  @Type(() => RegisterDto)
  account: RegisterDto;
}

export class ListSuppliersQuery {
  @ApiPropertyOptional({ enum: SupplierStatus })
  @IsOptional()
  @IsEnum(SupplierStatus)
  status?: SupplierStatus;
}

export class ReasonDto {
  @ApiProperty({ example: '营业执照已过期，请上传有效证照', description: '原因（供应商可见）' })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional({ example: '整改完成' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  reason?: string;
}

export class SupplierView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() creditCode: string;
  @ApiProperty() countyCode: string;
  @ApiProperty({ enum: SupplierStatus }) status: SupplierStatus;
  @ApiProperty({ enum: SupplierKind }) kind: SupplierKind;
  @ApiProperty({ type: String, nullable: true, description: '最近一次驳回、暂停或恢复的原因' }) statusReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: '最近一次提交申请的时间' }) submittedAt: string | null;
}

export class SupplierList {
  @ApiProperty({ type: SupplierView, isArray: true }) items: SupplierView[];
}

export class LicenceView {
  @ApiProperty() type: string;
  @ApiProperty() number: string;
  @ApiProperty({ type: String, nullable: true }) expiresOn: string | null;
  @ApiProperty({ type: String, nullable: true }) fileId: string | null;
}

export class ContactView {
  @ApiProperty() name: string;
  @ApiProperty() phone: string;
  @ApiProperty() address: string;
}

export class SupplierDecisionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: SupplierAction }) action: SupplierAction;
  @ApiProperty({ enum: SupplierStatus, nullable: true }) fromStatus: SupplierStatus | null;
  @ApiProperty({ enum: SupplierStatus }) toStatus: SupplierStatus;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty() decidedAt: string;
}

export class SupplierDetail extends SupplierView {
  @ApiProperty({ type: LicenceView, isArray: true }) licences: LicenceView[];
  @ApiProperty({ type: ContactView, nullable: true }) contact: ContactView | null;
  @ApiProperty({ type: Number, nullable: true }) linkedHouseholds: number | null;
  @ApiProperty({ type: String, nullable: true }) linkageDescription: string | null;
  @ApiProperty({ type: SupplierDecisionView, isArray: true, description: '全部审核记录，最早的在前' }) decisions: SupplierDecisionView[];
}

export class SupplierApplicationResult {
  @ApiProperty() accessToken: string;
  @ApiProperty({ type: UserSummary }) user: UserSummary;
  @ApiProperty({ type: SupplierDetail }) supplier: SupplierDetail;
}
