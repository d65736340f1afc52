import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '../../common/uuid-param';
import { OrgScope, Roles } from '../../identity/access.decorators';
import { AGENCY_ROLES, Role } from '../../identity/role';
import { AdminQuotaExportQuery, AdminQuotaQuery, QuotaOrderList, QuotaOrdersQuery, QuotaQuery, QuotaRanking, QuotaView } from './dto';
import { contentDisposition, QuotaExportService, XLSX_TYPE, XlsxFile } from './quota-export.service';
import { QuotaService } from './quota.service';
import { currentQuotaYear } from './quota-year';

function sendXlsx(res: Response, file: XlsxFile): StreamableFile {
  res.setHeader('Content-Disposition', contentDisposition(file));
  return new StreamableFile(file.body, { type: XLSX_TYPE, length: file.body.length });
}

/** An agency's reserved share (contract: GET /api/agencies/:id/quota?year=), for its own members and operators. */
@ApiTags('quota')
@Controller('agencies/:agencyId/quota')
@Roles(...AGENCY_ROLES, Role.OPERATOR)
@OrgScope('agency', 'agencyId')
export class QuotaController {
  constructor(
    private readonly quota: QuotaService,
    private readonly exports: QuotaExportService,
  ) {}

  @Get()
  @ApiOkResponse({ type: QuotaView })
  get(@Param('agencyId', UuidParam('预算单位')) agencyId: string, @Query() q: QuotaQuery): Promise<QuotaView> {
    return this.quota.quota(agencyId, q.year ?? currentQuotaYear());
  }

  @Get('orders')
  @ApiOkResponse({ type: QuotaOrderList, description: '计入份额的订单（点击数字追溯到订单）：全年、某月（month）或只看结对县部分（paired=true）；totals 等于对应数字' })
  orders(@Param('agencyId', UuidParam('预算单位')) agencyId: string, @Query() q: QuotaOrdersQuery): Promise<QuotaOrderList> {
    return this.quota.countedOrders(agencyId, q.year ?? currentQuotaYear(), q);
  }

  @Get('export.xlsx')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'Excel：份额概览、月度采购、计入订单（金额单位元，另附分）', schema: { type: 'string', format: 'binary' } })
  async export(@Param('agencyId', UuidParam('预算单位')) agencyId: string, @Query() q: QuotaQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return sendXlsx(res, await this.exports.agencyWorkbook(agencyId, q.year ?? currentQuotaYear()));
  }
}

/** Operators: every agency ranked by progress, with status, and the Excel of it for the annual report. */
@ApiTags('admin: quota')
@Controller('admin/quota')
@Roles(Role.OPERATOR)
export class AdminQuotaController {
  constructor(
    private readonly quota: QuotaService,
    private readonly exports: QuotaExportService,
  ) {}

  @Get()
  @ApiOkResponse({ type: QuotaRanking })
  ranking(@Query() q: AdminQuotaQuery): Promise<QuotaRanking> {
    return this.quota.ranking(q.year ?? currentQuotaYear(), q);
  }

  @Get('export.xlsx')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'Excel：完成情况（排名）与各单位月度采购', schema: { type: 'string', format: 'binary' } })
  async export(@Query() q: AdminQuotaExportQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return sendXlsx(res, await this.exports.rankingWorkbook(q.year ?? currentQuotaYear(), q.divisionCode));
  }
}
