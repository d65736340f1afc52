import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { PairingsService } from '../regions/pairings.service';
import { SupplyBasesService } from '../suppliers/supply-bases.service';
import { CERTIFICATION_LABELS } from './certification.entity';
import { certificationView, CertificationsService } from './certifications.service';
import { fileUrl, ProductViews, publicSku } from './product-views.service';
import { CATEGORY_LABELS, Product, ProductStatus } from './product.entity';
import { ProductQuery } from './shop.dto';
import { Sku } from './sku.entity';
import { FacetCount, ProductDetailView, ProductPage, ProductSummaryView } from './views';

/**
 * What the shop shows: listed products of admitted suppliers that hold an approved 消费帮扶产品认定
 * valid today. The visibility rule is applied in every query, so a suspension or a lapsed
 * certificate takes a product out of the shop at once, before any sweep runs.
 * The search issue replaces the filtering here with the search engine; the rule stays.
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

  async search(q: ProductQuery): Promise<ProductPage> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const visible = await this.visibleProducts();
    const all = await this.views.summaries(visible);
    const byCounty = q.countyCode ? this.countyMatcher(q.countyCode) : () => true;
    const words = (q.q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    const text = (s: ProductSummaryView) => `${s.name} ${s.county.name} ${s.supplier.name}`.toLowerCase();
    const matching = all.filter(
      (s) =>
        s.minPriceFen !== Infinity &&
        byCounty(s.county.code) &&
        (!q.category || s.category === q.category) &&
        (!q.certification || s.certifications.includes(q.certification)) &&
        words.every((w) => text(s).includes(w)),
    );
    return {
      items: matching.slice((page - 1) * pageSize, page * pageSize),
      total: matching.length,
      page,
      pageSize,
      facets: {
        category: facet(matching.map((s) => [s.category, CATEGORY_LABELS[s.category]])),
        certification: facet(matching.flatMap((s) => s.certifications.map((c) => [c, CERTIFICATION_LABELS[c]] as [string, string]))),
        county: facet(matching.map((s) => [s.county.code, s.county.name])),
      },
    };
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

  /** A 6-digit code matches itself, and a city or province code matches the counties under it. */
  private countyMatcher(code: string): (county: string) => boolean {
    if (code.endsWith('0000')) return (c) => c.slice(0, 2) === code.slice(0, 2);
    if (code.endsWith('00')) return (c) => c.slice(0, 4) === code.slice(0, 4);
    return (c) => c === code;
  }
}

function facet(pairs: [string, string][]): FacetCount[] {
  const counts = new Map<string, FacetCount>();
  for (const [value, label] of pairs) {
    const f = counts.get(value) ?? { value, label, count: 0 };
    f.count++;
    counts.set(value, f);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
