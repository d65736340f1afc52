import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { ActorRef, actorIdOf, AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { DomainEvents } from '../common/domain-events';
import { todayInShanghai } from '../common/validators';
import { SuppliersService } from '../suppliers/suppliers.service';
import type { ProductShopEvent } from './catalog-events';
import { CERTIFICATION_LABELS } from './certification.entity';
import { CertificationsService } from './certifications.service';
import { ProductEvent, ProductEventType } from './product-event.entity';
import { EVER_APPROVED, productLifecycle } from './product-lifecycle';
import { applyChanges, hasChanges } from './product-changes';
import { Product, ProductStatus } from './product.entity';
import { Sku } from './sku.entity';

/** Lifecycle steps that are audited, by their product event. Submitting is the supplier's proposal, not a decision. */
const AUDITED: Partial<Record<ProductEventType, string>> = {
  [ProductEventType.APPROVED]: 'product.approve',
  [ProductEventType.REJECTED]: 'product.reject',
  [ProductEventType.LISTED]: 'product.list',
  [ProductEventType.UNLISTED]: 'product.unlist',
  [ProductEventType.EXPIRED]: 'product.expire',
};
const AUDIT_VERBS: Record<string, string> = {
  'product.approve': '审核通过',
  'product.reject': '审核驳回',
  'product.list': '上架',
  'product.unlist': '下架',
  'product.take_down': '强制下架',
  'product.expire': '自动下架',
};

/**
 * Review and listing: suppliers submit and list, operators approve, reject and take down, and the
 * expiry sweep takes products whose 消费帮扶产品认定 lapsed out of the shop with the reason shown.
 */
@Injectable()
export class ProductReviewService {
  private readonly logger = new Logger(ProductReviewService.name);

  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly dataSource: DataSource,
    private readonly certs: CertificationsService,
    private readonly suppliers: SuppliersService,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
  ) {}

  /** What operators have to review: first submissions, submitted changes, new certificates. */
  async queue(): Promise<Product[]> {
    const withPendingCerts = [...new Set((await this.certs.pendingProductIds()))];
    return this.products.find({
      where: [
        { status: ProductStatus.SUBMITTED },
        { changesSubmittedAt: Not(IsNull()) },
        ...(withPendingCerts.length ? [{ id: In(withPendingCerts), status: In([...EVER_APPROVED]) }] : []),
      ],
      order: { updatedAt: 'ASC' },
      take: 200,
    });
  }

  async submit(product: Product, actorId: ActorRef): Promise<Product> {
    productLifecycle.assertTransition(product.status, ProductStatus.SUBMITTED);
    await this.assertSupplierAdmitted(product.supplierId);
    const skus = await this.dataSource.getRepository(Sku).findBy({ productId: product.id, enabled: true });
    if (!skus.length) throw AppError.badRequest('NO_SKU', '至少需要一个在售规格');
    const certs = await this.certs.forProduct(product.id, { validOn: todayInShanghai() });
    if (!certs.some((c) => c.type === 'ASSISTANCE' && c.review !== 'REJECTED')) {
      throw AppError.badRequest('ASSISTANCE_CERT_REQUIRED', '提交审核前须上传有效的消费帮扶产品认定证书');
    }
    return this.transition(product, ProductStatus.SUBMITTED, ProductEventType.SUBMITTED, actorId, null);
  }

  /** Approves a first submission, or the pending changes (and new certificates) of an approved product. */
  async approve(product: Product, actor: ActorRef): Promise<Product> {
    const actorId = actorIdOf(actor);
    if (product.status === ProductStatus.SUBMITTED) {
      return this.dataSource.transaction(async (m) => {
        await this.auditCerts(m, product, true, actor, null);
        await this.certs.settlePending(m, product.id, true);
        return this.transition(product, ProductStatus.APPROVED, ProductEventType.APPROVED, actor, null, m);
      });
    }
    const pendingCerts = await this.certs.pending(product.id);
    if (!EVER_APPROVED.includes(product.status) || (!hasChanges(product.pendingChanges) && !pendingCerts.length)) {
      throw AppError.conflict('NOTHING_TO_REVIEW', '该商品没有待审核的内容');
    }
    const approved = await this.dataSource.transaction(async (m) => {
      const diff = product.pendingChanges;
      const before: Record<string, unknown> = {};
      if (diff) {
        const skus = await m.findBy(Sku, { productId: product.id });
        // Only the reviewed columns are written; stock stays whatever orders made it.
        for (const [skuId, c] of Object.entries(diff.skus ?? {})) {
          const sku = skus.find((s) => s.id === skuId);
          if (!sku) continue;
          await m.update(Sku, { id: skuId }, { ...c, updatedAt: new Date() });
          before[`skus.${skuId}`] = Object.fromEntries(Object.keys(c).map((k) => [k, sku[k as keyof Sku]]));
          if (c.priceFen !== undefined && c.priceFen !== Number(sku.priceFen)) await this.auditPrice(m, product, sku, Number(sku.priceFen), c.priceFen, actor);
        }
        for (const f of Object.keys(diff).filter((k) => k !== 'skus')) before[f] = product[f as keyof Product];
        applyChanges(product, [], { ...diff, skus: undefined });
      }
      await this.auditCerts(m, product, true, actor, null);
      await this.certs.settlePending(m, product.id, true);
      product.pendingChanges = null;
      product.changesSubmittedAt = null;
      product.rejectReason = null;
      await m.save(product);
      await this.record(m, product.id, ProductEventType.CHANGES_APPROVED, actorId, null, diff);
      const { skus: skuDiff, ...fields } = diff ?? {};
      const after = { ...fields, ...Object.fromEntries(Object.entries(skuDiff ?? {}).map(([k, v]) => [`skus.${k}`, v])) };
      await this.audit.record({ actor, action: 'product.changes_approve', subjectType: 'product', subjectId: product.id, supplierId: product.supplierId, summary: `商品「${product.name}」的修改审核通过`, before, after }, m);
      return product;
    });
    await this.events.publish('catalog.product.changesApproved', { productId: product.id } satisfies ProductShopEvent);
    return approved;
  }

  async reject(product: Product, actor: ActorRef, reason: string): Promise<Product> {
    const actorId = actorIdOf(actor);
    if (product.status === ProductStatus.SUBMITTED) {
      return this.dataSource.transaction(async (m) => {
        await this.auditCerts(m, product, false, actor, reason);
        await this.certs.settlePending(m, product.id, false, reason);
        product.rejectReason = reason;
        return this.transition(product, ProductStatus.REJECTED, ProductEventType.REJECTED, actor, reason, m);
      });
    }
    const pendingCerts = await this.certs.pending(product.id);
    if (!product.changesSubmittedAt && !pendingCerts.length) throw AppError.conflict('NOTHING_TO_REVIEW', '该商品没有待审核的内容');
    return this.dataSource.transaction(async (m) => {
      await this.auditCerts(m, product, false, actor, reason);
      await this.certs.settlePending(m, product.id, false, reason);
      // The proposal stays with the supplier to correct; the live content is untouched.
      product.changesSubmittedAt = null;
      product.rejectReason = reason;
      await m.save(product);
      await this.record(m, product.id, ProductEventType.CHANGES_REJECTED, actorId, reason, product.pendingChanges);
      await this.audit.record({ actor, action: 'product.changes_reject', subjectType: 'product', subjectId: product.id, supplierId: product.supplierId, summary: `商品「${product.name}」的修改审核驳回：${reason}`, after: { rejectReason: reason } }, m);
      return product;
    });
  }

  async list(product: Product, actor: ActorRef): Promise<Product> {
    productLifecycle.assertTransition(product.status, ProductStatus.LISTED);
    await this.assertSupplierAdmitted(product.supplierId);
    if (!(await this.certs.hasValidAssistance(product.id, todayInShanghai()))) {
      throw AppError.badRequest('ASSISTANCE_CERT_REQUIRED', '没有在有效期内且已审核的消费帮扶产品认定，不能上架');
    }
    if (!(await this.dataSource.getRepository(Sku).countBy({ productId: product.id, enabled: true }))) {
      throw AppError.badRequest('NO_SKU', '至少需要一个在售规格');
    }
    product.delistReason = null;
    product.listedAt = new Date();
    const listed = await this.dataSource.transaction((m) => this.transition(product, ProductStatus.LISTED, ProductEventType.LISTED, actor, null, m));
    await this.events.publish('catalog.product.listed', { productId: product.id });
    return listed;
  }

  /**
   * Takes a product out of the shop: by its supplier, by an operator (with a reason; `byOperator`
   * makes the audit line a take-down), or by the expiry sweep.
   */
  async unlist(product: Product, actor: ActorRef, reason: string | null, type = ProductEventType.UNLISTED, byOperator = false): Promise<Product> {
    productLifecycle.assertTransition(product.status, ProductStatus.UNLISTED);
    product.delistReason = reason;
    const unlisted = await this.dataSource.transaction((m) => this.transition(product, ProductStatus.UNLISTED, type, actor, reason, m, byOperator ? 'product.take_down' : undefined));
    await this.events.publish(type === ProductEventType.EXPIRED ? 'catalog.product.expired' : 'catalog.product.unlisted', { productId: product.id });
    return unlisted;
  }

  /**
   * Unlists every listed product without a valid approved 消费帮扶产品认定 on `date`. The shop's
   * queries already hide such products the moment a certificate lapses; this records it so the
   * supplier and operators see the reason. Runs at start-up and hourly.
   */
  async sweepExpired(date = todayInShanghai()): Promise<number> {
    const listed = await this.products.findBy({ status: ProductStatus.LISTED });
    const valid = await this.certs.productIdsWithValidAssistance(date);
    let count = 0;
    for (const p of listed.filter((x) => !valid.has(x.id))) {
      await this.unlist(p, null, `消费帮扶产品认定已过期或失效（${date}），已自动下架`, ProductEventType.EXPIRED);
      count++;
    }
    if (count) this.logger.log(`unlisted ${count} products whose assistance certification lapsed`);
    return count;
  }

  private async assertSupplierAdmitted(supplierId: string): Promise<void> {
    await this.suppliers.requireActive(supplierId);
  }

  private async transition(
    product: Product,
    to: ProductStatus,
    type: ProductEventType,
    actor: ActorRef,
    reason: string | null,
    m: EntityManager = this.dataSource.manager,
    auditAction = AUDITED[type],
  ): Promise<Product> {
    productLifecycle.assertTransition(product.status, to);
    const from = product.status;
    product.status = to;
    if (to === ProductStatus.APPROVED) product.rejectReason = null;
    await m.save(product);
    await this.record(m, product.id, type, actorIdOf(actor), reason, null);
    if (auditAction) {
      await this.audit.record({
        actor, action: auditAction, subjectType: 'product', subjectId: product.id, supplierId: product.supplierId,
        summary: `${AUDIT_VERBS[auditAction]}商品「${product.name}」${reason ? `：${reason}` : ''}`,
        before: { status: from }, after: { status: to, ...(reason ? { reason } : {}) },
      }, m);
    }
    return product;
  }

  /** One line per certificate the review settles (read before settlePending changes them). */
  private async auditCerts(m: EntityManager, product: Product, approved: boolean, actor: ActorRef, reason: string | null): Promise<void> {
    for (const c of await this.certs.pending(product.id, m)) {
      await this.audit.record({
        actor, action: approved ? 'certification.approve' : 'certification.reject', subjectType: 'certification', subjectId: c.id, supplierId: product.supplierId,
        summary: `${approved ? '通过' : '驳回'}商品「${product.name}」的${CERTIFICATION_LABELS[c.type]} ${c.number}${reason ? `：${reason}` : ''}`,
        before: { review: c.review }, after: { review: approved ? 'APPROVED' : 'REJECTED', ...(reason ? { rejectReason: reason } : {}) },
      }, m);
    }
  }

  private auditPrice(m: EntityManager, product: Product, sku: Sku, from: number, to: number, actor: ActorRef): Promise<void> {
    return this.audit.record({
      actor, action: 'sku.price', subjectType: 'sku', subjectId: sku.id, supplierId: product.supplierId,
      summary: `「${product.name} ${sku.spec}」价格 ${(from / 100).toFixed(2)} → ${(to / 100).toFixed(2)} 元（审核通过后生效）`,
      before: { priceFen: from }, after: { priceFen: to },
    }, m);
  }

  private record(m: EntityManager, productId: string, type: ProductEventType, actorId: string | null, reason: string | null, diff: unknown) {
    return m.save(m.create(ProductEvent, { productId, type, actorId, reason, diff: diff ?? null }));
  }
}
