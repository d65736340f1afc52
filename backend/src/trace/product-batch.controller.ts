import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ShopListings } from '../catalog/shop-listings.service';
import { AppError } from '../common/app-error';
import { UuidParam } from '../common/uuid-param';
import { Public } from '../identity/access.decorators';
import { inspectionView } from './batch-views';
import { BatchesService } from './batches.service';
import { TraceUrls } from './trace-url';
import { LatestBatchView } from './views';

/**
 * The product page's "latest inspection": the newest batch of a product the shop shows today.
 * A product the shop doesn't show (unlisted, expired certificate…) answers 404 like a missing one,
 * so this never reveals more than the product page itself.
 */
@ApiTags('trace')
@Controller('products')
@Public()
export class ProductBatchController {
  constructor(
    private readonly batches: BatchesService,
    private readonly listings: ShopListings,
    private readonly urls: TraceUrls,
  ) {}

  @Get(':id/latest-batch')
  @ApiOperation({ summary: '商品最新批次（追溯码、采收日期、检测结果）' })
  @ApiOkResponse({ type: LatestBatchView })
  @ApiNotFoundResponse({ description: '商品不在售或尚无批次' })
  async latest(@Param('id', UuidParam('商品')) id: string): Promise<LatestBatchView> {
    if (!(await this.listings.visibleAmong([id])).has(id)) throw AppError.notFound('商品');
    const b = await this.batches.latestOfProduct(id);
    if (!b) throw AppError.notFound('批次');
    return {
      traceCode: b.traceCode,
      traceUrl: this.urls.pageUrl(b.traceCode),
      batchNo: b.batchNo,
      harvestDate: b.harvestDate,
      inspection: inspectionView(b.inspection),
    };
  }
}
