import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { todayInShanghai } from '../common/validators';
import { RegionsService } from '../regions/regions.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { UsersService } from '../identity/users.service';
import { EVER_APPROVED } from './product-lifecycle';
import { Certification, CertificationReview, CertificationType } from './certification.entity';
import { certificationView, CertificationsService, isValidOn } from './certifications.service';
import { ProductEvent } from './product-event.entity';
import { describeChanges, hasChanges } from './product-changes';
import { Product, ProductStatus } from './product.entity';
import { Sku } from './sku.entity';
import { CountyView, ManagedProductView, OwnSkuView, ProductSummaryView, PublicSkuView } from './views';

export const fileUrl = (id: string) => `/api/files/${id}`;

export const publicSku = (s: Sku): PublicSkuView => ({
  id: s.id,
  name: s.spec,
  unit: s.unit,
  netWeightGrams: s.netWeightGrams,
  priceFen: s.priceFen,
  stock: s.stock,
  agencyMinQty: s.agencyMinQty,
});

/** Turns products into the views of the shop, the supplier portal and the review queue, in few queries. */
@Injectable()
export class ProductViews {
  constructor(
    @InjectRepository(Sku) private readonly skus: Repository<Sku>,
    @InjectRepository(ProductEvent) private readonly events: Repository<ProductEvent>,
    private readonly certs: CertificationsService,
    private readonly regions: RegionsService,
    private readonly suppliers: SuppliersService,
    private readonly users: UsersService,
  ) {}

  async countyNames(codes: string[]): Promise<Map<string, CountyView>> {
    const out = new Map<string, CountyView>();
    for (const code of new Set(codes)) {
      const d = await this.regions.find(code);
      out.set(code, { code, name: d?.fullName ?? code });
    }
    return out;
  }

  async summaries(products: Product[]): Promise<ProductSummaryView[]> {
    const ids = products.map((p) => p.id);
    const today = todayInShanghai();
    const [skus, certs, counties, suppliers] = await Promise.all([
      ids.length ? this.skus.findBy({ productId: In(ids), enabled: true }) : [],
      this.certs.forProducts(ids, { approvedOnly: true, validOn: today }),
      this.countyNames(products.map((p) => p.originCountyCode)),
      this.supplierNames(products.map((p) => p.supplierId)),
    ]);
    return products.map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      minPriceFen: Math.min(...skus.filter((s) => s.productId === p.id).map((s) => s.priceFen)),
      coverUrl: p.images[0] ? fileUrl(p.images[0]) : null,
      saleMonths: p.saleMonths,
      county: counties.get(p.originCountyCode)!,
      certifications: [...new Set(certs.filter((c) => c.productId === p.id).map((c) => c.type))],
      supplier: { id: p.supplierId, name: suppliers.get(p.supplierId) ?? '' },
    }));
  }

  async managed(products: Product[]): Promise<ManagedProductView[]> {
    const ids = products.map((p) => p.id);
    const today = todayInShanghai();
    const [skus, certs, events, counties, activeSuppliers] = await Promise.all([
      ids.length ? this.skus.find({ where: { productId: In(ids) }, order: { priceFen: 'ASC' } }) : [],
      this.certs.forProducts(ids),
      ids.length ? this.events.find({ where: { productId: In(ids) }, order: { createdAt: 'ASC' } }) : [],
      this.countyNames(products.map((p) => p.originCountyCode)),
      this.activeSupplierIds(),
    ]);
    const names = await this.users.namesOf([...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))]);
    return products.map((p) => {
      const own = skus.filter((s) => s.productId === p.id);
      const ownCerts = certs.filter((c) => c.productId === p.id);
      const pendingCerts = ownCerts.filter((c) => c.review === CertificationReview.PENDING);
      const notVisibleReason = this.whyHidden(p, ownCerts, activeSuppliers.has(p.supplierId), today);
      return {
        id: p.id,
        supplierId: p.supplierId,
        name: p.name,
        category: p.category,
        description: p.description,
        images: p.images,
        county: counties.get(p.originCountyCode)!,
        supplyBaseId: p.supplyBaseId,
        storage: p.storage,
        coldChain: p.coldChain,
        saleMonths: p.saleMonths,
        status: p.status,
        visibleInShop: notVisibleReason === null,
        notVisibleReason,
        rejectReason: p.rejectReason,
        hasPendingChanges: hasChanges(p.pendingChanges) || (EVER_APPROVED.includes(p.status) && pendingCerts.length > 0),
        changes: describeChanges(p, own, p.pendingChanges, EVER_APPROVED.includes(p.status) ? pendingCerts : []),
        skus: own.map((s): OwnSkuView => ({ ...publicSku(s), spec: s.spec, enabled: s.enabled })),
        certifications: ownCerts.map((c) => certificationView(c, today)),
        history: events
          .filter((e) => e.productId === p.id)
          .map((e) => ({ type: e.type, actorId: e.actorId, actorName: e.actorId ? (names.get(e.actorId) ?? null) : '系统', reason: e.reason, at: e.createdAt.toISOString() })),
        updatedAt: p.updatedAt.toISOString(),
      };
    });
  }

  /** Null when the shop shows the product; otherwise the reason, for the supplier and operators. */
  whyHidden(p: Product, certs: Certification[], supplierActive: boolean, today: string): string | null {
    if (p.status !== ProductStatus.LISTED) return p.delistReason ?? '商品未上架';
    if (!supplierActive) return '供应商已被暂停或未通过准入';
    const ok = certs.some((c) => c.type === CertificationType.ASSISTANCE && c.review === CertificationReview.APPROVED && isValidOn(c, today));
    return ok ? null : '没有在有效期内的消费帮扶产品认定';
  }

  async activeSupplierIds(): Promise<Set<string>> {
    return new Set(await this.suppliers.activeSupplierIds());
  }

  private async supplierNames(ids: string[]): Promise<Map<string, string>> {
    const wanted = new Set(ids);
    return new Map((await this.suppliers.list()).filter((s) => wanted.has(s.id)).map((s) => [s.id, s.name]));
  }
}
