import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '../common/uuid-param';
import { CurrentSupplierId, OrgScope, Roles } from '../identity/access.decorators';
import { Role } from '../identity/role';
import { AdminAuditExportQuery, AdminAuditQuery, AuditActionList, AuditPageView, AuditSearchQuery } from './audit.dto';
import { AuditQueryService, MAX_EXPORT_ROWS } from './audit-query.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Operators: the whole audit log (操作日志), searchable and exportable. Read-only: no route changes a line. */
@ApiTags('admin: audit')
@Controller('admin/audit')
@Roles(Role.OPERATOR)
export class AdminAuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @ApiOperation({ summary: '查询操作日志（最新的在前；q 匹配摘要）' })
  @ApiOkResponse({ type: AuditPageView })
  @ApiBadRequestResponse({ description: '筛选条件不合法 (VALIDATION_FAILED, INVALID_PERIOD)' })
  search(@Query() q: AdminAuditQuery): Promise<AuditPageView> {
    const { page, pageSize, ...filter } = q;
    return this.audit.search(filter, page ?? 1, pageSize ?? 20);
  }

  @Get('actions')
  @ApiOperation({ summary: '操作代码及中文名称（筛选用）' })
  @ApiOkResponse({ type: AuditActionList })
  async actions(): Promise<AuditActionList> {
    return { items: await this.audit.actions() };
  }

  @Get('export.xlsx')
  @ApiOperation({ summary: `按相同筛选条件导出 Excel（最多 ${MAX_EXPORT_ROWS} 条，超出时 400 EXPORT_TOO_LARGE）` })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '操作日志 xlsx', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: '筛选条件不合法，或记录超过导出上限 (EXPORT_TOO_LARGE)' })
  async export(@Query() q: AdminAuditExportQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const body = await this.audit.exportXlsx(q);
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="audit-${q.from ?? 'all'}-${q.to ?? 'all'}.xlsx"`.replace(/[:+]/g, ''));
    return new StreamableFile(body);
  }
}

/** An agency's managers read the lines about their own agency (its accounts, its procurement). */
@ApiTags('agencies')
@Controller('agencies')
export class AgencyAuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get(':agencyId/audit')
  @Roles(Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOperation({ summary: '本单位的操作日志' })
  @ApiOkResponse({ type: AuditPageView })
  search(@Param('agencyId', UuidParam('预算单位')) agencyId: string, @Query() q: AuditSearchQuery): Promise<AuditPageView> {
    const { page, pageSize, ...filter } = q;
    return this.audit.search({ ...filter, agencyId }, page ?? 1, pageSize ?? 20);
  }
}

/** A supplier's staff read the lines about their own organisation (admission, products, prices, stock, refunds). */
@ApiTags('supplier: audit')
@Controller('supplier/audit')
@Roles(Role.SUPPLIER_STAFF)
export class SupplierAuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @ApiOperation({ summary: '本供应商的操作日志' })
  @ApiOkResponse({ type: AuditPageView })
  search(@CurrentSupplierId() supplierId: string, @Query() q: AuditSearchQuery): Promise<AuditPageView> {
    const { page, pageSize, ...filter } = q;
    return this.audit.search({ ...filter, supplierId }, page ?? 1, pageSize ?? 20);
  }
}
