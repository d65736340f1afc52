import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { Public } from '../identity/access.decorators';
import { ShopService } from './shop.service';
import { ProductDetailView } from './views';
import { ZoneList, ZoneWithProducts } from './zone.dto';
import { zoneView, ZonesService } from './zones.service';

/** The public shop: a product's page and zones (lists and search: search/search.controller.ts). */
@ApiTags('shop')
@Controller()
export class ShopController {
  constructor(
    private readonly shop: ShopService,
    private readonly zones: ZonesService,
  ) {}

  @Public()
  @Get('products/:id')
  @ApiOkResponse({ type: ProductDetailView })
  detail(@Param('id', UuidParam('商品')) id: string): Promise<ProductDetailView> {
    return this.shop.detail(id);
  }

  @Public()
  @Get('zones')
  @ApiOkResponse({ type: ZoneList })
  async zoneList(): Promise<ZoneList> {
    return { items: (await this.zones.list(true)).map(zoneView) };
  }

  @Public()
  @Get('zones/:slug')
  @ApiOkResponse({ type: ZoneWithProducts })
  async zone(@Param('slug') slug: string): Promise<ZoneWithProducts> {
    const zone = await this.zones.bySlug(slug.slice(0, 60), true);
    return { ...zoneView(zone), products: await this.zones.summaries(await this.zones.productsOf(zone)) };
  }
}
