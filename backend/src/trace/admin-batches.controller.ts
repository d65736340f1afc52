import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { Roles } from '../identity/access.decorators';
import { Role } from '../identity/role';
import { BatchViews } from './batch-views';
import { BatchesService } from './batches.service';
import { AdminBatchQuery } from './dto';
import { BatchDetailView, BatchList } from './views';

/** Operators read every supplier's batches (monitoring of quality and genuineness of origin). */
@ApiTags('admin: trace')
@Controller('admin/batches')
@Roles(Role.OPERATOR)
export class AdminBatchesController {
  constructor(
    private readonly batches: BatchesService,
    private readonly views: BatchViews,
  ) {}

  @Get()
  @ApiOkResponse({ type: BatchList })
  async list(@Query() q: AdminBatchQuery): Promise<BatchList> {
    const [batches, total] = await this.batches.list(q);
    return { items: await this.views.summaries(batches), total };
  }

  @Get(':id')
  @ApiOkResponse({ type: BatchDetailView })
  async get(@Param('id', UuidParam('批次')) id: string): Promise<BatchDetailView> {
    return this.views.detail(await this.batches.get(id));
  }
}
