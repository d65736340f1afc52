import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { DIVISION_CODE } from '../../common/validators';
import { AgencyLevel } from '../agency.entity';
import { ProcurementPurpose } from '../orders/procurement-order-status';
import { QuotaStatus } from './quota-figures';
import { IsQuotaYear } from './quota-year';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
/** 1e13 fen = ¥100 billion: far above any unit's canteen spending, far below 2^53. */
const MAX_SPEND_FEN = 10_000_000_000_000;

// ---- policies ---------------------------------------------------------------------------------

export class CreateQuotaPolicyDto {
  @ApiProperty({ example: '440300', description: "适用范围：'000000' 全国、省、市或区的 6 位区划代码" })
  @Matches(DIVISION_CODE, { message: 'scopeCode 必须是 6 位行政区划代码' })
  scopeCode: string;

  @ApiProperty({ example: 2026 }) @IsQuotaYear() year: number;

  @ApiProperty({ example: 3000, description: '预留比例，万分比（3000 = 30%），0–10000' })
  @IsInt({ message: 'ratioBp 须为整数（万分比）' })
  @Min(0, { message: '预留比例不能为负' })
  @Max(10000, { message: '预留比例不能超过 100%' })
  ratioBp: number;

  @ApiProperty({ description: '工会福利采购计入' }) @IsBoolean() countsUnionWelfare: boolean;
  @ApiProperty({ description: '职工自购（单位组织）计入' }) @IsBoolean() countsStaffPurchases: boolean;
  @ApiProperty({ description: '只计结对县的采购' }) @IsBoolean() pairedCountiesOnly: boolean;

  @ApiProperty({ example: '深圳市2023年消费帮扶工作方案（公开报道）', description: '政策依据（文件名、文号或来源）' })
  @IsString()
  @Length(2, 300)
  basis: string;

  @ApiPropertyOptional({ default: true, description: '是否生效；不生效的政策不参与适用（回落到上级范围）' })
  @IsOptional()
  @IsBoolean()
  effective?: boolean;
}

export class UpdateQuotaPolicyDto {
  @ApiPropertyOptional({ example: 2000 })
  @IsOptional()
  @IsInt({ message: 'ratioBp 须为整数（万分比）' })
  @Min(0, { message: '预留比例不能为负' })
  @Max(10000, { message: '预留比例不能超过 100%' })
  ratioBp?: number;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() countsUnionWelfare?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() countsStaffPurchases?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() pairedCountiesOnly?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 300) basis?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() effective?: boolean;

  @ApiProperty({ example: '市里下发2026年新比例', description: '修改原因（记入版本历史）' })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class QuotaPolicyListQuery {
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Transform(toInt) @IsQuotaYear() year?: number;
  @ApiPropertyOptional({ example: '440300' }) @IsOptional() @Matches(DIVISION_CODE, { message: 'scopeCode 必须是 6 位行政区划代码' }) scopeCode?: string;
}

export class QuotaPolicyView {
  @ApiProperty() id: string;
  @ApiProperty() lineageId: string;
  @ApiProperty() versionNo: number;
  @ApiProperty({ description: '是否当前版本（未被新版本取代）' }) current: boolean;
  @ApiProperty() scopeCode: string;
  @ApiProperty({ example: '深圳市' }) scopeName: string;
  @ApiProperty() year: number;
  @ApiProperty({ example: 0.3 }) ratio: number;
  @ApiProperty({ example: 3000 }) ratioBp: number;
  @ApiProperty() countsUnionWelfare: boolean;
  @ApiProperty() countsStaffPurchases: boolean;
  @ApiProperty() pairedCountiesOnly: boolean;
  @ApiProperty() basis: string;
  @ApiProperty() effective: boolean;
  @ApiProperty({ type: String, nullable: true }) changeReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: '系统载入的参考政策为 null' }) createdByUserId: string | null;
  @ApiProperty() createdByName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) supersededAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: '取代它的新版本' }) supersededById: string | null;
  @ApiProperty({ type: String, nullable: true }) supersededByName: string | null;
}

export class QuotaPolicyList {
  @ApiProperty({ type: QuotaPolicyView, isArray: true }) items: QuotaPolicyView[];
}

// ---- declarations -----------------------------------------------------------------------------

export class FileDeclarationDto {
  @ApiProperty({ description: '是否有食堂（共用他单位食堂、由他单位填报的填 false）' }) @IsBoolean() hasCanteen: boolean;

  @ApiPropertyOptional({ example: 120_000_000, description: '年度食堂农副产品采购总额（分）；无食堂时为 0 或不填' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SPEND_FEN)
  annualAgriSpendFen?: number;

  @ApiPropertyOptional({ example: '共用食堂，由福田区机关事务管理局填报' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  remarks?: string;
}

export class DeclarationRevisionView {
  @ApiProperty() revision: number;
  @ApiProperty() hasCanteen: boolean;
  @ApiProperty() annualAgriSpendFen: number;
  @ApiProperty({ type: String, nullable: true }) remarks: string | null;
  @ApiProperty() filedByName: string;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
  @ApiProperty({ description: '运营代为填报' }) onBehalf: boolean;
}

export class DeclarationView {
  @ApiProperty() id: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() year: number;
  @ApiProperty() hasCanteen: boolean;
  @ApiProperty() annualAgriSpendFen: number;
  @ApiProperty({ type: String, nullable: true }) remarks: string | null;
  @ApiProperty({ description: '1 为首次填报，每次修改加 1' }) revision: number;
  @ApiProperty() filedByName: string;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
  @ApiProperty() onBehalf: boolean;
  @ApiProperty({ type: DeclarationRevisionView, isArray: true, description: '历次填报，最新在前' }) revisions: DeclarationRevisionView[];
}

export class YearQuery {
  @ApiProperty({ example: 2026 }) @Transform(toInt) @IsQuotaYear() year: number;
}

export class MissingDeclarationsQuery extends YearQuery {
  @ApiPropertyOptional({ example: '440300' }) @IsOptional() @Matches(DIVISION_CODE, { message: 'divisionCode 必须是 6 位行政区划代码' }) divisionCode?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

export class MissingDeclarationView {
  @ApiProperty() agencyId: string;
  @ApiProperty() agencyName: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: AgencyLevel }) level: AgencyLevel;
  @ApiProperty({ description: '本年度已发提醒次数' }) reminderCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastRemindedAt: string | null;
}

export class MissingDeclarationList {
  @ApiProperty() year: number;
  @ApiProperty({ type: MissingDeclarationView, isArray: true }) items: MissingDeclarationView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class SendRemindersDto {
  @ApiProperty({ example: 2026 }) @IsQuotaYear() year: number;

  @ApiProperty({ type: String, isArray: true, format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('4', { each: true, message: 'agencyIds 须为预算单位 id' })
  agencyIds: string[];

  @ApiPropertyOptional({ description: '提醒内容；不填用默认文字' })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  message?: string;
}

export class ReminderOutcome {
  @ApiProperty() agencyId: string;
  @ApiProperty({ enum: ['SENT', 'ALREADY_FILED', 'UNKNOWN_AGENCY'] }) result: string;
  @ApiProperty({ type: String, nullable: true }) reminderId: string | null;
}

export class SendRemindersResult {
  @ApiProperty({ description: '发出的提醒数（站内通知；短信未接入）' }) sent: number;
  @ApiProperty({ type: ReminderOutcome, isArray: true }) items: ReminderOutcome[];
}

export class ReminderView {
  @ApiProperty() id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['IN_APP'] }) channel: string;
  @ApiProperty() message: string;
  @ApiProperty() sentByName: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ description: '该年度现在是否已申报' }) filed: boolean;
}

export class ReminderList {
  @ApiProperty({ type: ReminderView, isArray: true }) items: ReminderView[];
}

// ---- quota ------------------------------------------------------------------------------------

export class QuotaQuery {
  @ApiPropertyOptional({ example: 2026, description: '默认为今年（北京时间）' }) @IsOptional() @Transform(toInt) @IsQuotaYear() year?: number;
}

export class QuotaOrdersQuery extends QuotaQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 12 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(12) month?: number;
  @ApiPropertyOptional({ description: 'true：只列有结对县部分的订单（对应 pairedFen）' }) @IsOptional() @Transform(toBool) @IsBoolean() paired?: boolean;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

export class AdminQuotaQuery extends QuotaQuery {
  @ApiPropertyOptional({ example: '440300', description: '省、市含其下各区' }) @IsOptional() @Matches(DIVISION_CODE, { message: 'divisionCode 必须是 6 位行政区划代码' }) divisionCode?: string;
  @ApiPropertyOptional({ enum: QuotaStatus }) @IsOptional() @IsEnum(QuotaStatus) status?: QuotaStatus;
  @ApiPropertyOptional({ enum: AgencyLevel }) @IsOptional() @IsEnum(AgencyLevel) level?: AgencyLevel;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

export class AdminQuotaExportQuery extends QuotaQuery {
  @ApiPropertyOptional({ example: '440300' }) @IsOptional() @Matches(DIVISION_CODE, { message: 'divisionCode 必须是 6 位行政区划代码' }) divisionCode?: string;
}

export class AppliedPolicyView {
  @ApiProperty({ enum: ['POLICY', 'BUILT_IN_FLOOR'], description: 'POLICY：按已登记的政策；BUILT_IN_FLOOR：未找到政策，按内置全国底线 10%' }) source: string;
  @ApiProperty({ type: String, nullable: true }) id: string | null;
  @ApiProperty({ type: Number, nullable: true }) versionNo: number | null;
  @ApiProperty() scopeCode: string;
  @ApiProperty({ example: '广东省' }) scopeName: string;
  @ApiProperty() year: number;
  @ApiProperty() ratio: number;
  @ApiProperty() ratioBp: number;
  @ApiProperty() countsUnionWelfare: boolean;
  @ApiProperty() countsStaffPurchases: boolean;
  @ApiProperty() pairedCountiesOnly: boolean;
  @ApiProperty() basis: string;
}

export class QuotaMonthView {
  @ApiProperty({ minimum: 1, maximum: 12 }) month: number;
  @ApiProperty() purchasedFen: number;
  @ApiProperty() pairedFen: number;
}

export class QuotaPurposeView {
  @ApiProperty({ enum: ProcurementPurpose }) purpose: ProcurementPurpose;
  @ApiProperty({ description: '按适用政策是否计入' }) counts: boolean;
  @ApiProperty({ description: '验收金额减退款' }) countedFen: number;
  @ApiProperty() pairedFen: number;
  @ApiProperty() orders: number;
}

export class QuotaDeclarationSummary {
  @ApiProperty() hasCanteen: boolean;
  @ApiProperty() annualAgriSpendFen: number;
  @ApiProperty({ type: String, nullable: true }) remarks: string | null;
  @ApiProperty() revision: number;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
}

/** Contract: GET /api/agencies/:id/quota?year= (the first seven fields), plus the rest. */
export class QuotaView {
  @ApiProperty() agencyId: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: '年度农副产品采购总额（分），取自年度申报；未申报为 0' }) annualAgriSpendFen: number;
  @ApiProperty({ example: 0.3, description: '预留比例（小数，0.3 = 30%）' }) ratio: number;
  @ApiProperty({ description: '预留份额（分）= 年度采购总额 × 比例，四舍五入到分；无食堂或未申报为 0' }) reservedFen: number;
  @ApiProperty({ description: '计入份额的采购额（分）：已验收/已完成订单的验收金额减退款，按政策计入的用途；政策只计结对县时为结对县部分' }) purchasedFen: number;
  @ApiProperty({ type: Number, nullable: true, example: 1.25, description: '完成进度 = purchasedFen ÷ reservedFen（1.25 = 125%，可超过 1）；reservedFen 为 0 时为 null' }) progress: number | null;
  @ApiProperty() agencyName: string;
  @ApiProperty() ratioBp: number;
  @ApiProperty({ description: '计入部分中来自结对县的部分（分）；退款先从结对县部分扣除' }) pairedFen: number;
  @ApiProperty({ type: QuotaMonthView, isArray: true, description: '12 个月，按验收日（北京时间）' }) byMonth: QuotaMonthView[];
  @ApiProperty({ type: QuotaPurposeView, isArray: true }) byPurpose: QuotaPurposeView[];
  @ApiProperty({ description: '预计全年：今年按已过天数线性外推；往年等于 purchasedFen' }) projectionFen: number;
  @ApiProperty({ enum: QuotaStatus, description: 'GREEN 已达标或预计达标；AMBER 预计达 80% 以上；RED 低于 80%；NO_QUOTA 无预留份额；UNDECLARED 未申报' }) status: QuotaStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '计入的订单数（GET …/quota/orders 的 total）' }) countedOrderCount: number;
  @ApiProperty({ description: '今天（北京时间）' }) asOf: string;
  @ApiProperty({ description: '年内已过天数（含今天）；往年为全年天数' }) elapsedDays: number;
  @ApiProperty({ type: AppliedPolicyView }) policy: AppliedPolicyView;
  @ApiProperty({ type: QuotaDeclarationSummary, nullable: true }) declaration: QuotaDeclarationSummary | null;
}

export class QuotaOrderView {
  @ApiProperty() orderId: string;
  @ApiProperty() orderNo: string;
  @ApiProperty({ example: '2026-03-15' }) acceptedOn: string;
  @ApiProperty({ enum: ProcurementPurpose }) purpose: ProcurementPurpose;
  @ApiProperty() status: string;
  @ApiProperty() canteenId: string;
  @ApiProperty() supplierId: string;
  @ApiProperty() supplierName: string;
  @ApiProperty() acceptedFen: number;
  @ApiProperty() refundedFen: number;
  @ApiProperty({ description: '验收金额减退款' }) countedFen: number;
  @ApiProperty({ description: '结对县部分（退款先从此扣除）' }) pairedFen: number;
  @ApiProperty({ description: '计入 purchasedFen 的金额（政策只计结对县时 = pairedFen，否则 = countedFen）' }) quotaFen: number;
}

export class QuotaOrderTotals {
  @ApiProperty() orders: number;
  @ApiProperty() countedFen: number;
  @ApiProperty() pairedFen: number;
  @ApiProperty({ description: '等于对应的 purchasedFen（或该月的 purchasedFen）' }) quotaFen: number;
}

export class QuotaOrderList {
  @ApiProperty() year: number;
  @ApiProperty({ type: Number, nullable: true }) month: number | null;
  @ApiProperty() paired: boolean;
  @ApiProperty({ type: QuotaOrderView, isArray: true }) items: QuotaOrderView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: QuotaOrderTotals, description: '全部符合条件订单（不止本页）的合计' }) totals: QuotaOrderTotals;
}

export class QuotaRankingRow {
  @ApiProperty() rank: number;
  @ApiProperty() agencyId: string;
  @ApiProperty() agencyName: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: AgencyLevel }) level: AgencyLevel;
  @ApiProperty() declared: boolean;
  @ApiProperty() annualAgriSpendFen: number;
  @ApiProperty() ratio: number;
  @ApiProperty({ enum: ['POLICY', 'BUILT_IN_FLOOR'] }) policySource: string;
  @ApiProperty() policyScopeCode: string;
  @ApiProperty() reservedFen: number;
  @ApiProperty() purchasedFen: number;
  @ApiProperty() pairedFen: number;
  @ApiProperty({ type: Number, nullable: true }) progress: number | null;
  @ApiProperty() projectionFen: number;
  @ApiProperty({ enum: QuotaStatus }) status: QuotaStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() countedOrderCount: number;
  @ApiProperty({ type: String, nullable: true }) remarks: string | null;
}

export class QuotaStatusCount {
  @ApiProperty({ enum: QuotaStatus }) status: QuotaStatus;
  @ApiProperty() count: number;
}

export class QuotaRankingSummary {
  @ApiProperty() agencies: number;
  @ApiProperty() declared: number;
  @ApiProperty() reservedFen: number;
  @ApiProperty() purchasedFen: number;
  @ApiProperty() pairedFen: number;
  @ApiProperty({ type: QuotaStatusCount, isArray: true }) byStatus: QuotaStatusCount[];
}

export class QuotaRanking {
  @ApiProperty() year: number;
  @ApiProperty() asOf: string;
  @ApiProperty({ type: QuotaRankingRow, isArray: true, description: '按进度从高到低，进度为 null（无预留份额、未申报）的排在最后' }) items: QuotaRankingRow[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: QuotaRankingSummary, description: '筛选范围内（状态筛选前）的合计' }) summary: QuotaRankingSummary;
}
