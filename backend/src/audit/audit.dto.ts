import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PageQuery } from '../common/page-query';
import { ACTION_CODE } from './audit-actions';

/** YYYY-MM-DD (a Beijing-time business day) or an ISO-8601 instant with offset. */
export const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The filters of every audit search (the operators' one, the export, an agency's and a supplier's). */
export class AuditFilterQuery {
  @ApiPropertyOptional({ example: '2026-03-01', description: '起始（含）：日期按北京时间当天 0 点，或带时区的时间' })
  @IsOptional()
  @Matches(DAY_OR_INSTANT, { message: 'from 必须是日期 YYYY-MM-DD 或带时区的 ISO 时间' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: '截止（含）：日期按北京时间当天结束，或带时区的时间' })
  @IsOptional()
  @Matches(DAY_OR_INSTANT, { message: 'to 必须是日期 YYYY-MM-DD 或带时区的 ISO 时间' })
  to?: string;

  @ApiPropertyOptional({ description: '操作人：用户 ID（UUID），SYSTEM 表示系统，其他文字按姓名包含匹配' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  actor?: string;

  @ApiPropertyOptional({ example: 'supplier.approve', description: '操作代码（见 /api/admin/audit/actions）' })
  @IsOptional()
  @Matches(ACTION_CODE, { message: 'action 必须是操作代码，如 supplier.approve' })
  action?: string;

  @ApiPropertyOptional({ example: 'supplier' })
  @IsOptional()
  @Matches(/^[a-z][a-z_]{0,39}$/, { message: 'subjectType 必须是对象类型代码，如 supplier、sku' })
  subjectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  subjectId?: string;

  @ApiPropertyOptional({ description: '摘要包含的文字' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class AuditSearchQuery extends AuditFilterQuery implements PageQuery {
  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/** The operators' search may also narrow to one organisation. */
export class AdminAuditQuery extends AuditSearchQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}

export class AdminAuditExportQuery extends AuditFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}

export class AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true, description: '系统操作为空' }) actorUserId: string | null;
  @ApiProperty() actorName: string;
  @ApiProperty({ example: 'supplier.approve' }) action: string;
  @ApiProperty({ example: '供应商准入通过' }) actionLabel: string;
  @ApiProperty({ example: 'supplier' }) subjectType: string;
  @ApiProperty() subjectId: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: '变更前的字段' }) before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: '变更后的字段' }) after: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) agencyId: string | null;
  @ApiProperty({ type: String, nullable: true }) supplierId: string | null;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView], description: '最新的在前' }) items: AuditEntryView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class AuditActionView {
  @ApiProperty({ example: 'supplier.approve' }) code: string;
  @ApiProperty({ example: '供应商准入通过' }) label: string;
}

export class AuditActionList {
  @ApiProperty({ type: [AuditActionView] }) items: AuditActionView[];
}
