import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Public } from '../identity/access.decorators';
import { BatchesService } from './batches.service';
import { TraceStoryService } from './trace-story.service';
import { TraceUrls } from './trace-url';
import { TraceStoryView } from './views';

/** QR images depend only on the code and the public address: cacheable for a day. */
const QR_CACHE = 'public, max-age=86400';

/** What anyone who scans a trace code sees. Unknown and malformed codes answer the same 404. */
@ApiTags('trace')
@Controller('trace')
@Public()
export class TraceController {
  constructor(
    private readonly batches: BatchesService,
    private readonly story: TraceStoryService,
    private readonly urls: TraceUrls,
  ) {}

  @Get(':code')
  @ApiOperation({ summary: '追溯信息：批次、商品、供应商、基地、证书与全部追溯事件' })
  @ApiOkResponse({ type: TraceStoryView })
  @ApiNotFoundResponse({ description: '追溯码不存在' })
  async get(@Param('code') code: string): Promise<TraceStoryView> {
    return this.story.build(await this.batches.byTraceCode(code));
  }

  @Get(':code/qr.svg')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ schema: { type: 'string' } })
  async qrSvg(@Param('code') code: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const batch = await this.batches.byTraceCode(code);
    const svg = await this.urls.qrSvg(batch.traceCode);
    res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    res.setHeader('Cache-Control', QR_CACHE);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return svg;
  }

  @Get(':code/qr.png')
  @ApiProduces('image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async qrPng(@Param('code') code: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const batch = await this.batches.byTraceCode(code);
    const png = await this.urls.qrPng(batch.traceCode);
    res.setHeader('Cache-Control', QR_CACHE);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(png, { type: 'image/png', length: png.length });
  }
}
