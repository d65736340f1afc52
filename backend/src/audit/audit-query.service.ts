import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Workbook } from 'exceljs';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../common/app-error';
import { isRealDate } from '../common/validators';
import { actionLabel, AUDIT_ACTIONS } from './audit-actions';
import { AuditEntry } from './audit-entry.entity';
import { AuditActionView, AuditEntryView, AuditFilterQuery, AuditPageView } from './audit.dto';

/** The most lines one export may hold; a wider filter is refused with 400 EXPORT_TOO_LARGE. */
export const MAX_EXPORT_ROWS = 50_000;
const EXPORT_BATCH = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

export interface AuditFilter extends AuditFilterQuery {
  agencyId?: string;
  supplierId?: string;
}

/** A day (Beijing time) or an instant, as a Date: a day's start for `from`, its last millisecond for `to`. */
function bound(value: string, field: 'from' | 'to'): Date {
  const d = value.length === 10 ? new Date(`${value}T${field === 'from' ? '00:00:00.000' : '23:59:59.999'}+08:00`) : new Date(value);
  // Date parsing rolls 02-30 over into March: the calendar day written must exist.
  const invalid = Number.isNaN(d.getTime()) || !isRealDate(value.slice(0, 10));
  if (invalid) throw AppError.validation([{ field, message: `${field} 不是有效的日期或时间` }]);
  return d;
}

/** LIKE with `!` as the escape character: the same spelling works on SQLite and MySQL. */
const contains = (s: string) => `%${s.replace(/[!%_]/g, (c) => `!${c}`)}%`;

export const shanghaiTime = (d: Date) => new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().replace('T', ' ').slice(0, 19);

export function auditEntryView(e: AuditEntry): AuditEntryView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    action: e.action,
    actionLabel: actionLabel(e.action),
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    summary: e.summary,
    before: e.before ? JSON.parse(e.before) : null,
    after: e.after ? JSON.parse(e.after) : null,
    agencyId: e.agencyId,
    supplierId: e.supplierId,
  };
}

/** Reading the audit log: search with filters and pages (newest first), the action list, the xlsx export. */
@Injectable()
export class AuditQueryService {
  /** The export cap (a property so a test can lower it instead of writing 50,000 lines). */
  maxExportRows = MAX_EXPORT_ROWS;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(filter: AuditFilter, page = 1, pageSize = 20): Promise<AuditPageView> {
    const qb = this.filtered(filter);
    const [rows, total] = await qb.skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items: rows.map(auditEntryView), total, page, pageSize };
  }

  /** Known codes with their labels, plus any other code the log holds (labelled with itself). */
  async actions(): Promise<AuditActionView[]> {
    const used: { action: string }[] = await this.dataSource.getRepository(AuditEntry).createQueryBuilder('e').select('e.action', 'action').distinct(true).getRawMany();
    const codes = new Set([...Object.keys(AUDIT_ACTIONS), ...used.map((u) => u.action)]);
    return [...codes].sort().map((code) => ({ code, label: actionLabel(code) }));
  }

  /** The matching lines as an xlsx workbook (newest first), or 400 when there are more than MAX_EXPORT_ROWS. */
  async exportXlsx(filter: AuditFilter): Promise<Buffer> {
    const total = await this.filtered(filter).getCount();
    if (total > this.maxExportRows) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'EXPORT_TOO_LARGE', `符合条件的记录有 ${total} 条，超过单次导出上限 ${this.maxExportRows} 条，请缩小时间范围或增加筛选条件`, { total, max: this.maxExportRows });
    }
    const book = new Workbook();
    book.creator = '帮扶集市';
    const sheet = book.addWorksheet('操作日志');
    sheet.columns = [
      { header: '时间（北京时间）', key: 'at', width: 20 },
      { header: '操作人', key: 'actorName', width: 14 },
      { header: '操作人 ID', key: 'actorUserId', width: 38 },
      { header: '操作', key: 'action', width: 18 },
      { header: '操作代码', key: 'code', width: 24 },
      { header: '对象类型', key: 'subjectType', width: 16 },
      { header: '对象 ID', key: 'subjectId', width: 38 },
      { header: '摘要', key: 'summary', width: 60 },
      { header: '修改前', key: 'before', width: 40 },
      { header: '修改后', key: 'after', width: 40 },
      { header: '预算单位 ID', key: 'agencyId', width: 38 },
      { header: '供应商 ID', key: 'supplierId', width: 38 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (let offset = 0; offset < total; offset += EXPORT_BATCH) {
      const rows = await this.filtered(filter).skip(offset).take(EXPORT_BATCH).getMany();
      for (const e of rows) {
        // Plain string cells only: a value starting with "=" is text, never a formula.
        sheet.addRow({
          at: shanghaiTime(e.at),
          actorName: e.actorName,
          actorUserId: e.actorUserId ?? '',
          action: actionLabel(e.action),
          code: e.action,
          subjectType: e.subjectType,
          subjectId: e.subjectId,
          summary: e.summary,
          before: e.before ?? '',
          after: e.after ?? '',
          agencyId: e.agencyId ?? '',
          supplierId: e.supplierId ?? '',
        });
      }
      if (!rows.length) break;
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  private filtered(f: AuditFilter): SelectQueryBuilder<AuditEntry> {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('e');
    const from = f.from ? bound(f.from, 'from') : null;
    const to = f.to ? bound(f.to, 'to') : null;
    if (from && to && from > to) throw AppError.badRequest('INVALID_PERIOD', '开始时间不能晚于结束时间');
    if (from) qb.andWhere('e.at >= :from', { from });
    if (to) qb.andWhere('e.at <= :to', { to });
    if (f.actor) {
      const actor = f.actor.trim();
      if (UUID.test(actor)) qb.andWhere('e.actorUserId = :actorId', { actorId: actor.toLowerCase() });
      else if (actor.toUpperCase() === 'SYSTEM') qb.andWhere('e.actorUserId IS NULL');
      else qb.andWhere("e.actorName LIKE :actorName ESCAPE '!'", { actorName: contains(actor) });
    }
    if (f.action) qb.andWhere('e.action = :action', { action: f.action });
    if (f.subjectType) qb.andWhere('e.subjectType = :subjectType', { subjectType: f.subjectType });
    if (f.subjectId) qb.andWhere('e.subjectId = :subjectId', { subjectId: f.subjectId });
    if (f.q) qb.andWhere(new Brackets((w) => w.where("e.summary LIKE :q ESCAPE '!'", { q: contains(f.q!.trim()) })));
    if (f.agencyId) qb.andWhere('e.agencyId = :agencyId', { agencyId: f.agencyId });
    if (f.supplierId) qb.andWhere('e.supplierId = :supplierId', { supplierId: f.supplierId });
    return qb.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC');
  }
}
