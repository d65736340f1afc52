import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { ProductReviewService } from './product-review.service';
import { ProductViews } from './product-views.service';
import { ReasonDto } from './product.dto';
import { ProductStatus } from './product.entity';
import { ProductsService } from './products.service';
import { ManagedProductList, ManagedProductView } from './views';

class AdminProductQuery {
  @ApiPropertyOptional({ enum: ProductStatus }) @IsOptional() @IsEnum(ProductStatus) status?: ProductStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() supplierId?: string;
}

class SweepResult {
  @ApiProperty() unlisted: number;
}

/** Operators: the review queue (first submissions and changes, with a diff), decisions, take-downs. */
@ApiTags('admin: catalog')
@Controller('admin/products')
@Roles(Role.OPERATOR)
export class AdminProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly review: ProductReviewService,
    private readonly views: ProductViews,
  ) {}

  private async view(id: string): Promise<ManagedProductView> {
    const [v] = await this.views.managed([await this.products.get(id)]);
    return v;
  }

  @Get('review-queue')
  @ApiOkResponse({ type: ManagedProductList, description: '待审核：首次提交、已通过商品的修改、新增证书' })
  async queue(): Promise<ManagedProductList> {
    return { items: await this.views.managed(await this.review.queue()) };
  }

  @Get()
  @ApiOkResponse({ type: ManagedProductList })
  async list(@Query() q: AdminProductQuery): Promise<ManagedProductList> {
    return { items: await this.views.managed(await this.products.search(q)) };
  }

  @Get(':id')
  @ApiOkResponse({ type: ManagedProductView })
  get(@Param('id', UuidParam('商品')) id: string) {
    return this.view(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ManagedProductView })
  async approve(@Param('id', UuidParam('商品')) id: string, @CurrentUser() me: Principal) {
    await this.review.approve(await this.products.get(id), me);
    return this.view(id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ManagedProductView })
  async reject(@Param('id', UuidParam('商品')) id: string, @Body() dto: ReasonDto, @CurrentUser() me: Principal) {
    await this.review.reject(await this.products.get(id), me, dto.reason);
    return this.view(id);
  }

  @Post(':id/unlist')
  @HttpCode(200)
  @ApiOkResponse({ type: ManagedProductView, description: '运营强制下架（须填写原因，供应商可见）' })
  async unlist(@Param('id', UuidParam('商品')) id: string, @Body() dto: ReasonDto, @CurrentUser() me: Principal) {
    await this.review.unlist(await this.products.get(id), me, dto.reason, undefined, true);
    return this.view(id);
  }

  @Post('sweep-expired')
  @HttpCode(200)
  @ApiOkResponse({ type: SweepResult, description: '立即执行证书过期下架（系统每小时自动执行）' })
  async sweep(): Promise<SweepResult> {
    return { unlisted: await this.review.sweepExpired() };
  }
}
