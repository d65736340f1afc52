import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { CurrentSupplierId, CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { AddCertificationDto } from './certification.dto';
import { CertificationsService } from './certifications.service';
import { ProductReviewService } from './product-review.service';
import { ProductViews } from './product-views.service';
import { CreateProductDto, SkuInput, UpdateProductDto, UpdateSkuDto } from './product.dto';
import { ProductsService } from './products.service';
import { ManagedProductList, ManagedProductView, OwnSkuView } from './views';

/** The supplier portal's catalog: a supplier's staff manage only their own supplier's products. */
@ApiTags('supplier: catalog')
@Controller('supplier')
@Roles(Role.SUPPLIER_STAFF)
export class SupplierProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly review: ProductReviewService,
    private readonly certs: CertificationsService,
    private readonly views: ProductViews,
  ) {}

  private async view(id: string): Promise<ManagedProductView> {
    const [v] = await this.views.managed([await this.products.get(id)]);
    return v;
  }

  @Get('products')
  @ApiOkResponse({ type: ManagedProductList })
  async list(@CurrentSupplierId() supplierId: string): Promise<ManagedProductList> {
    return { items: await this.views.managed(await this.products.listOwn(supplierId)) };
  }

  @Post('products')
  @ApiCreatedResponse({ type: ManagedProductView })
  async create(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Body() dto: CreateProductDto) {
    return this.view((await this.products.create(supplierId, me.id, dto)).id);
  }

  @Get('products/:id')
  @ApiOkResponse({ type: ManagedProductView })
  async get(@CurrentSupplierId() supplierId: string, @Param('id', UuidParam('商品')) id: string) {
    return this.view((await this.products.requireOwnProduct(supplierId, id)).id);
  }

  @Patch('products/:id')
  @ApiOkResponse({ type: ManagedProductView, description: '已审核通过的商品：修改进入审核，审核通过前商城仍显示原内容' })
  async update(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('商品')) id: string, @Body() dto: UpdateProductDto) {
    return this.view((await this.products.update(supplierId, me.id, id, dto)).id);
  }

  @Post('products/:id/skus')
  @ApiCreatedResponse({ type: ManagedProductView })
  async addSku(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('商品')) id: string, @Body() dto: SkuInput) {
    await this.products.addSku(supplierId, me.id, id, dto);
    return this.view(id);
  }

  @Patch('skus/:id')
  @ApiOkResponse({ type: OwnSkuView, description: '库存与停售立即生效；价格等修改进入审核' })
  async updateSku(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('商品规格')) id: string, @Body() dto: UpdateSkuDto): Promise<OwnSkuView> {
    const s = await this.products.updateSku(supplierId, me, id, dto);
    return { id: s.id, name: s.spec, spec: s.spec, unit: s.unit, netWeightGrams: s.netWeightGrams, priceFen: s.priceFen, stock: s.stock, agencyMinQty: s.agencyMinQty, enabled: s.enabled };
  }

  @Post('products/:id/certifications')
  @ApiCreatedResponse({ type: ManagedProductView })
  async addCertification(@CurrentSupplierId() supplierId: string, @Param('id', UuidParam('商品')) id: string, @Body() dto: AddCertificationDto) {
    const product = await this.products.requireOwnProduct(supplierId, id);
    await this.certs.add(product, dto);
    return this.view(id);
  }

  @Post('products/:id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: ManagedProductView })
  async submit(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('商品')) id: string) {
    await this.review.submit(await this.products.requireOwnProduct(supplierId, id), me.id);
    return this.view(id);
  }

  @Post('products/:id/list')
  @HttpCode(200)
  @ApiOkResponse({ type: ManagedProductView })
  async listProduct(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('商品')) id: string) {
    await this.review.list(await this.products.requireOwnProduct(supplierId, id), me);
    return this.view(id);
  }

  @Post('products/:id/unlist')
  @HttpCode(200)
  @ApiOkResponse({ type: ManagedProductView })
  async unlist(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('商品')) id: string) {
    await this.review.unlist(await this.products.requireOwnProduct(supplierId, id), me, '供应商下架');
    return this.view(id);
  }
}
