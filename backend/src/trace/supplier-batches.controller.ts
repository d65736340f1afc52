import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { UuidParam } from '../common/uuid-param';
import { CurrentSupplierId, CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { BatchViews } from './batch-views';
import { BatchesService } from './batches.service';
import { AppendTraceEventDto, CreateBatchDto, SupplierBatchQuery } from './dto';
import { LABEL_CSP, renderLabel } from './label';
import { recordedTraceEventViews, TraceEventsService } from './trace-events.service';
import { TraceUrls } from './trace-url';
import { BatchDetailView, BatchList, RecordedTraceEventView } from './views';

/** A supplier's own batches: another supplier's batch ids answer 404 like missing ones. */
@ApiTags('supplier: trace')
@Controller('supplier/batches')
@Roles(Role.SUPPLIER_STAFF)
export class SupplierBatchesController {
  constructor(
    private readonly batches: BatchesService,
    private readonly events: TraceEventsService,
    private readonly views: BatchViews,
    private readonly urls: TraceUrls,
  ) {}

  @Get()
  @ApiOkResponse({ type: BatchList })
  async list(@CurrentSupplierId() supplierId: string, @Query() q: SupplierBatchQuery): Promise<BatchList> {
    const [batches, total] = await this.batches.list({ ...q, supplierId });
    return { items: await this.views.summaries(batches), total };
  }

  @Post()
  @ApiOperation({ summary: '建立批次（生成追溯码并开具承诺达标合格证）' })
  @ApiCreatedResponse({ type: BatchDetailView })
  async create(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Body() dto: CreateBatchDto): Promise<BatchDetailView> {
    return this.views.detail(await this.batches.create(supplierId, me.id, dto));
  }

  @Get(':id')
  @ApiOkResponse({ type: BatchDetailView })
  async get(@CurrentSupplierId() supplierId: string, @Param('id', UuidParam('批次')) id: string): Promise<BatchDetailView> {
    return this.views.detail(await this.batches.requireOwn(supplierId, id));
  }

  @Post(':id/events')
  @ApiOperation({ summary: '追加追溯事件（只能追加；更正请追加带 correctsEventId 的新事件）' })
  @ApiCreatedResponse({ type: RecordedTraceEventView })
  async append(
    @CurrentSupplierId() supplierId: string,
    @CurrentUser() me: Principal,
    @Param('id', UuidParam('批次')) id: string,
    @Body() dto: AppendTraceEventDto,
  ): Promise<RecordedTraceEventView> {
    const batch = await this.batches.requireOwn(supplierId, id);
    const event = await this.events.append(batch, me.id, dto);
    const all = recordedTraceEventViews(await this.events.forBatch(batch.id));
    return all.find((e) => e.id === event.id)!;
  }

  @Get(':id/label')
  @ApiOperation({ summary: '可打印的承诺达标合格证（HTML，A6，含追溯二维码）' })
  @ApiProduces('text/html')
  @ApiOkResponse({ schema: { type: 'string' } })
  async label(@CurrentSupplierId() supplierId: string, @Param('id', UuidParam('批次')) id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const batch = await this.batches.requireOwn(supplierId, id);
    const html = renderLabel(batch, await this.urls.qrSvg(batch.traceCode), this.urls.pageUrl(batch.traceCode));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', LABEL_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    return html;
  }
}
