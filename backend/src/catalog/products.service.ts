import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { ActorRef, actorIdOf, AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { DomainEvents } from '../common/domain-events';
import { SuppliersService } from '../suppliers/suppliers.service';
import { SupplyBasesService } from '../suppliers/supply-bases.service';
import { FilesService } from '../files/files.service';
import './catalog-events';
import { ProductEvent, ProductEventType } from './product-event.entity';
import { EVER_APPROVED } from './product-lifecycle';
import { hasChanges, mergeProductChanges, mergeSkuChanges, withChanges } from './product-changes';
import { CreateProductDto, SkuInput, UpdateProductDto, UpdateSkuDto } from './product.dto';
import { Product, ProductStatus } from './product.entity';
import { Sku } from './sku.entity';

/**
 * A supplier's own products and SKUs. Before the first approval edits apply directly; afterwards
 * they are collected as pending changes and re-enter review, while stock changes and taking a SKU
 * off sale take effect at once.
 */
@Injectable()
export class ProductsService {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(Sku) private readonly skus: Repository<Sku>,
    private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly bases: SupplyBasesService,
    private readonly files: FilesService,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
  ) {}

  async get(id: string): Promise<Product> {
    const p = await this.products.findOneBy({ id });
    if (!p) throw AppError.notFound('商品');
    return p;
  }

  /** The product if it belongs to the supplier; another supplier's product is "not found". */
  async requireOwnProduct(supplierId: string, productId: string): Promise<Product> {
    const p = await this.products.findOneBy({ id: productId, supplierId });
    if (!p) throw AppError.notFound('商品');
    return p;
  }

  async requireOwnSku(supplierId: string, skuId: string): Promise<{ sku: Sku; product: Product }> {
    const sku = await this.skus.findOneBy({ id: skuId });
    const product = sku ? await this.products.findOneBy({ id: sku.productId, supplierId }) : null;
    if (!sku || !product) throw AppError.notFound('商品规格');
    return { sku, product };
  }

  /** Operators' product list, newest change first. */
  search(filter: { status?: ProductStatus; supplierId?: string }): Promise<Product[]> {
    return this.products.find({ where: { ...(filter.status ? { status: filter.status } : {}), ...(filter.supplierId ? { supplierId: filter.supplierId } : {}) }, order: { updatedAt: 'DESC' }, take: 500 });
  }

  listOwn(supplierId: string): Promise<Product[]> {
    return this.products.find({ where: { supplierId }, order: { updatedAt: 'DESC' }, take: 1000 });
  }

  skusOf(productIds: string[]): Promise<Sku[]> {
    return productIds.length ? this.skus.find({ where: { productId: In(productIds) }, order: { priceFen: 'ASC' } }) : Promise.resolve([]);
  }

  async create(supplierId: string, actorId: string, dto: CreateProductDto): Promise<Product> {
    const { skus, ...content } = dto;
    const draft = this.products.create({ ...content, supplierId, supplyBaseId: dto.supplyBaseId ?? null, status: ProductStatus.DRAFT });
    await this.checkContent(supplierId, draft);
    return this.dataSource.transaction(async (m) => {
      const product = await m.save(draft);
      for (const s of skus) await m.save(m.create(Sku, { ...s, productId: product.id, enabled: true }));
      await m.save(m.create(ProductEvent, { productId: product.id, type: ProductEventType.CREATED, actorId, reason: null, diff: null }));
      return product;
    });
  }

  async update(supplierId: string, actorId: string, id: string, dto: UpdateProductDto): Promise<Product> {
    const product = await this.requireOwnProduct(supplierId, id);
    this.assertEditable(product);
    if (!EVER_APPROVED.includes(product.status)) {
      Object.assign(product, dto);
      await this.checkContent(supplierId, product);
      return this.products.save(product);
    }
    const pending = mergeProductChanges(product, product.pendingChanges, dto);
    await this.checkContent(supplierId, withChanges(product, pending));
    return this.saveChanges(product, pending, actorId);
  }

  async addSku(supplierId: string, actorId: string, productId: string, dto: SkuInput): Promise<Sku> {
    const product = await this.requireOwnProduct(supplierId, productId);
    this.assertEditable(product);
    const approved = EVER_APPROVED.includes(product.status);
    // On an approved product a new SKU starts off sale; review puts it on sale.
    const sku = await this.skus.save(this.skus.create({ ...dto, productId, enabled: !approved }));
    if (approved) await this.saveChanges(product, mergeSkuChanges(sku, product.pendingChanges, { enabled: true }), actorId);
    return sku;
  }

  async updateSku(supplierId: string, actor: ActorRef, skuId: string, dto: UpdateSkuDto): Promise<Sku> {
    const actorId = actorIdOf(actor)!;
    const { sku, product } = await this.requireOwnSku(supplierId, skuId);
    const { stock, enabled, ...reviewed } = dto;
    // Immediate: the stock count, and taking the SKU off sale. One UPDATE of just those columns,
    // so a concurrent order's conditional decrement is never overwritten by a stale read.
    const immediate: Partial<Sku> = {};
    if (stock !== undefined) immediate.stock = stock;
    if (enabled === false) immediate.enabled = false;
    if (Object.keys(immediate).length) {
      await this.dataSource.transaction(async (m) => {
        // The value replaced, read in the same transaction (row-locked on MySQL; SQLite transactions run alone).
        const qb = m.createQueryBuilder(Sku, 's').select(['s.id', 's.stock', 's.enabled']).where('s.id = :id', { id: sku.id });
        const now = await (this.dataSource.options.type === 'better-sqlite3' ? qb : qb.setLock('pessimistic_write')).getOneOrFail();
        await m.update(Sku, { id: sku.id }, { ...immediate, updatedAt: new Date() });
        const what = `「${product.name} ${sku.spec}」`;
        if (stock !== undefined && stock !== now.stock) {
          await this.audit.record({ actor, action: 'sku.stock', subjectType: 'sku', subjectId: sku.id, supplierId: product.supplierId, summary: `${what}库存 ${now.stock} → ${stock}`, before: { stock: now.stock }, after: { stock } }, m);
        }
        if (enabled === false && now.enabled) {
          await this.audit.record({ actor, action: 'sku.disable', subjectType: 'sku', subjectId: sku.id, supplierId: product.supplierId, summary: `${what}停售`, before: { enabled: true }, after: { enabled: false } }, m);
        }
      });
    }
    // Taking a SKU off sale changes what the shop shows (its lowest price, or whether it sells at all).
    if (immediate.enabled === false && sku.enabled) await this.events.publish('catalog.product.changed', { productId: product.id });

    const wantsReview = Object.keys(reviewed).length > 0 || (enabled === true && !sku.enabled);
    if (wantsReview) {
      this.assertEditable(product);
      if (!EVER_APPROVED.includes(product.status)) {
        // Before the first approval the edit applies at once (the product is not in the shop yet).
        await this.dataSource.transaction(async (m) => {
          await m.update(Sku, { id: sku.id }, { ...reviewed, ...(enabled ? { enabled: true } : {}), updatedAt: new Date() });
          if (reviewed.priceFen !== undefined && reviewed.priceFen !== Number(sku.priceFen)) {
            await this.audit.record({ actor, action: 'sku.price', subjectType: 'sku', subjectId: sku.id, supplierId: product.supplierId, summary: `「${product.name} ${sku.spec}」价格 ${(Number(sku.priceFen) / 100).toFixed(2)} → ${(reviewed.priceFen / 100).toFixed(2)} 元（未上架商品）`, before: { priceFen: Number(sku.priceFen) }, after: { priceFen: reviewed.priceFen } }, m);
          }
        });
      } else {
        await this.saveChanges(product, mergeSkuChanges(sku, product.pendingChanges, { ...reviewed, ...(enabled ? { enabled: true } : {}) }), actorId);
      }
    }
    return (await this.skus.findOneBy({ id: sku.id }))!;
  }

  /** Records pending changes; any change re-enters review at once (as on mature platforms). */
  private async saveChanges(product: Product, pending: ReturnType<typeof mergeProductChanges>, actorId: string): Promise<Product> {
    product.pendingChanges = hasChanges(pending) ? pending : null;
    product.changesSubmittedAt = product.pendingChanges ? new Date() : null;
    if (product.pendingChanges) product.rejectReason = null;
    await this.dataSource.transaction(async (m) => {
      await m.save(product);
      if (product.pendingChanges) {
        await m.save(m.create(ProductEvent, { productId: product.id, type: ProductEventType.CHANGES_SUBMITTED, actorId, reason: null, diff: product.pendingChanges }));
      }
    });
    return product;
  }

  /** A product under its first review is frozen until the operator decides. */
  private assertEditable(product: Product): void {
    if (product.status === ProductStatus.SUBMITTED) throw AppError.conflict('IN_REVIEW', '商品正在审核中，审核结束后才能修改');
  }

  /**
   * Origin must be the supplier's county or its supply base's county; the base must be the
   * supplier's own; images must be uploaded files.
   */
  async checkContent(supplierId: string, p: Product): Promise<void> {
    const supplier = await this.suppliers.get(supplierId);
    const allowed = new Set([supplier.countyCode]);
    if (p.supplyBaseId) {
      const base = await this.bases.requireOwnBase(supplierId, p.supplyBaseId);
      allowed.add(base.countyCode);
    }
    if (!allowed.has(p.originCountyCode)) {
      throw AppError.badRequest('ORIGIN_NOT_ALLOWED', '产地县必须是供应商注册县或其生产基地所在县');
    }
    for (const id of p.images) await this.files.requireFile(id, { kinds: ['image'], supplierId });
  }
}
