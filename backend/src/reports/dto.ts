import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AppError } from '../common/app-error';
import { IsCalendarDate, todayInShanghai } from '../common/validators';

/** `from`/`to` of every report (business days, inclusive); default: this calendar year. */
export class DateRangeQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: '起始日期（含），默认今年 1 月 1 日' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: '截止日期（含），默认今年 12 月 31 日' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export interface DateRange {
  from: string;
  to: string;
}

const MAX_YEARS = 10;

/** The range a query names, checked: to ≥ from and at most ten years. */
export function resolveRange(q: { from?: string; to?: string }): DateRange {
  const year = todayInShanghai().slice(0, 4);
  const from = q.from ?? (q.to ? `${q.to.slice(0, 4)}-01-01` : `${year}-01-01`);
  const to = q.to ?? `${from.slice(0, 4)}-12-31`;
  if (to < from) throw AppError.badRequest('INVALID_RANGE', '截止日期不能早于起始日期');
  const limit = `${Number(from.slice(0, 4)) + MAX_YEARS}${from.slice(4)}`;
  if (to >= limit) throw AppError.badRequest('RANGE_TOO_LONG', `查询区间不能超过 ${MAX_YEARS} 年`);
  return { from, to };
}

export class RegionQuery extends DateRangeQuery {
  @ApiPropertyOptional({ enum: ['PROVINCE', 'PREFECTURE'], default: 'PREFECTURE', description: '按省或按地级市（州）汇总' })
  @IsOptional()
  @IsIn(['PROVINCE', 'PREFECTURE'])
  level?: 'PROVINCE' | 'PREFECTURE';
}

export class TopProductsQuery extends DateRangeQuery {
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class YearQuery {
  @ApiPropertyOptional({ example: 2026, description: '年份，默认今年' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class ResultsQuery extends YearQuery {
  @ApiPropertyOptional({ enum: ['helper', 'county'], default: 'helper', description: '按帮扶方或按受帮扶县汇总' })
  @IsOptional()
  @IsIn(['helper', 'county'])
  groupBy?: 'helper' | 'county';
}

export class ExpiringQuery {
  @ApiPropertyOptional({ enum: [30, 60, 90], default: 30, description: '未来多少天内到期' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([30, 60, 90])
  days?: number;
}

export const thisYear = () => Number(todayInShanghai().slice(0, 4));
