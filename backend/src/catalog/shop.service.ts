import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { PairingsService } from '../regions/pairings.service';
import { SupplyBasesService } from '../suppliers/supply-bases.service';
import { certificationView, CertificationsService } from './certifications.service';
import { fileUrl, ProductViews, publicSku } from './product-views.service';
import { Product, ProductStatus } from './product.entity';
import { Sku } from './sku.entity';
import { ProductDetailView } from './views';

/**
 * What the shop shows: listed products of admitted suppliers that hold an approved 消费帮扶产品认定
 * valid today. The visibility rule is applied in every query, so a suspension or a lapsed
 * certificate takes a product out of the shop at once, before any sweep runs.
 * Lists and text search are served by the search context (from ShopListings); this serves a product's page.
 */
@Injectable()
export class ShopService {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(Sku) private readonly skus: Repository<Sku>,
    private readonly certs: CertificationsService,
    private readonly views: ProductViews,
    private readonly pairings: PairingsService,
    private readonly bases: SupplyBasesService,
  ) {}

  /** Every product the shop may show today. */
  async visibleProducts(): Promise<Product[]> {
    const [active, valid] = await Promise.all([this.views.activeSupplierIds(), this.certs.productIdsWithValidAssistance(todayInShanghai())]);
    if (!active.size || !valid.size) return [];
    const listed = await this.products.find({ where: { status: ProductStatus.LISTED, supplierId: In([...active]) }, order: { listedAt: 'DESC' } });
    return listed.filter((p) => valid.has(p.id));
  }

  async detail(id: string): Promise<ProductDetailView> {
    const product = (await this.visibleProducts()).find((p) => p.id === id);
    if (!product) throw AppError.notFound('商品');
    const today = todayInShanghai();
    const [[summary], skus, certs, helpers, base] = await Promise.all([
      this.views.summaries([product]),
      this.skus.find({ where: { productId: id, enabled: true }, order: { priceFen: 'ASC' } }),
      this.certs.forProduct(id, { approvedOnly: true, validOn: today }),
      this.pairings.helpersOf(product.originCountyCode, today),
      product.supplyBaseId ? this.bases.get(product.supplyBaseId).then((b) => this.bases.view(b)) : null,
    ]);
    return {
      ...summary,
      description: product.description,
      imageUrls: product.images.map(fileUrl),
      storage: product.storage,
      coldChain: product.coldChain,
      skus: skus.map(publicSku),
      helpers: helpers.map((h) => ({ id: h.helper.id, name: h.helper.name, role: h.pairing.role })),
      supplyBase: base
        ? {
            id: base.id,
            name: base.name,
            countyCode: base.countyCode,
            countyName: base.countyName,
            township: base.township,
            latitude: base.latitude,
            longitude: base.longitude,
            areaMu: base.areaMu,
            baseType: base.baseType,
            verified: base.status === 'VERIFIED',
            certifications: base.certifications.map((c) => ({ type: c.type, number: c.number, validFrom: c.validFrom, validTo: c.validTo })),
          }
        : null,
      certificationDetails: certs.map((c) => certificationView(c, today)),
    };
  }
}
