import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Product, ProductCategory } from '../catalog/product.entity';
import { todayInShanghai } from '../common/validators';
import { isUniqueViolation } from '../database/dialect';
import { inTransaction } from '../database/transaction';
import { CustomerOrder } from '../orders/customer-order.entity';
import { OrderItem } from '../orders/order-item.entity';
import { RefundStatus } from '../orders/order-status';
import { RefundRequest } from '../orders/refund-request.entity';
import { SupplierOrder } from '../orders/supplier-order.entity';
import { ProcurementOrderLine } from '../procurement/orders/procurement-order-line.entity';
import { ProcurementOrderStatus, ProcurementPurpose } from '../procurement/orders/procurement-order-status';
import { ProcurementOrder } from '../procurement/orders/procurement-order.entity';
import { PairingsService } from '../regions/pairings.service';
import { Attribution } from './attribution';
import { FactInput, FactStore } from './fact-store';
import { BuyerType, SalesFact, SalesSource } from './sales-fact.entity';
import { seasonOf } from './seasons';

/** A procurement sale as the `procurement.order.accepted` event (or the procurement tables) tell it. */
export interface ProcurementSale {
  orderId: string;
  agencyId: string;
  purpose: ProcurementPurpose;
  acceptedAt: Date;
  lines: { productId: string; skuId: string; supplierId: string; originCountyCode: string; quantity: number; amountFen: number }[];
}

const shanghaiDay = (d: Date) => todayInShanghai(d);

/**
 * Writes the sales facts (and, through FactStore, the rollups) from the orders contexts' records.
 * Reading the orders' and procurement's entities here is the reports context's licence (DESIGN:
 * a report query may read another context's entities); it never writes them.
 *
 * Idempotent: an order already recorded is skipped; refunds set cumulative values. `rebuild`
 * recomputes everything from the order tables — the same code paths, so it yields the same rows.
 */
@Injectable()
export class SalesFactsService {
  private readonly logger = new Logger(SalesFactsService.name);
  private readonly store: FactStore;

  constructor(
    private readonly ds: DataSource,
    private readonly pairings: PairingsService,
  ) {
    this.store = new FactStore(ds);
  }

  attribution(): Attribution {
    return new Attribution(this.ds, this.pairings);
  }

  /** Records a paid customer order (dated the day it was paid, or `saleDate` when given: back-filling). */
  async recordCustomerOrder(orderId: string, opts: { saleDate?: string; attribution?: Attribution } = {}): Promise<number> {
    const lines = await this.customerOrderFacts(orderId, opts.attribution ?? this.attribution(), opts.saleDate);
    if (!lines) return 0;
    return this.insert(lines);
  }

  /** Brings a customer order's refunded figures up to date (after `orders.items.refunded`). */
  async refreshCustomerRefunds(orderId: string): Promise<void> {
    if (!(await this.ds.getRepository(SalesFact).existsBy({ orderId, source: SalesSource.ORDER_ITEM }))) {
      await this.recordCustomerOrder(orderId); // the paid event was missed: record it now, refunds included
      return;
    }
    const items = await this.ds.getRepository(OrderItem).findBy({ orderId });
    const subsidy = await this.refundedSubsidy(orderId);
    await inTransaction(this.ds, async (m) => {
      for (const i of items) await this.store.setRefunded(m, SalesSource.ORDER_ITEM, i.id, { refundedQty: i.refundedQty, refundedFen: i.refundedFen, refundedDiscountFen: subsidy.get(i.id) ?? 0 });
    });
  }

  async recordProcurement(sale: ProcurementSale, opts: { totalRefundedFen?: number; attribution?: Attribution } = {}): Promise<number> {
    const lines = await this.procurementFacts(sale, opts.attribution ?? this.attribution(), opts.totalRefundedFen ?? 0);
    return this.insert(lines);
  }

  /** A concurrent repeat of the same event loses on the unique source key: it recorded nothing, which is right. */
  private async insert(lines: FactInput[]): Promise<number> {
    try {
      return await inTransaction(this.ds, (m) => this.store.insertOrder(m, lines));
    } catch (err) {
      if (isUniqueViolation(err)) return 0;
      throw err;
    }
  }

  /** Spreads a procurement order's cumulative refund over its lines (by amount; remainders to the first lines). */
  async refundProcurement(orderId: string, totalRefundedFen: number): Promise<void> {
    const facts = await this.ds.getRepository(SalesFact).find({ where: { orderId, source: SalesSource.PROCUREMENT_LINE }, order: { sourceId: 'ASC' } });
    if (!facts.length) {
      this.logger.warn(`refund of procurement order ${orderId} before its acceptance was recorded; a rebuild will include it`);
      return;
    }
    const shares = spread(facts.map((f) => ({ amountFen: f.amountFen, quantity: f.quantity })), totalRefundedFen);
    await inTransaction(this.ds, async (m) => {
      for (let i = 0; i < facts.length; i++) await this.store.setRefunded(m, SalesSource.PROCUREMENT_LINE, facts[i].sourceId, { ...shares[i], refundedDiscountFen: 0 });
    });
  }

  /**
   * Recomputes every fact and rollup from the order tables (paid customer orders, accepted
   * procurement orders) in one transaction: the consistency guarantee behind the event-fed tables.
   */
  async rebuild(): Promise<{ facts: number; tookMs: number }> {
    const started = Date.now();
    const att = this.attribution();
    const customer = await this.ds.getRepository(CustomerOrder).find({ select: { id: true }, where: { paidAt: Not(IsNull()) }, order: { paidAt: 'ASC' } });
    const procurement = await this.ds.getRepository(ProcurementOrder).find({ where: { acceptedAt: Not(IsNull()), status: In([ProcurementOrderStatus.ACCEPTED, ProcurementOrderStatus.COMPLETED]) }, order: { acceptedAt: 'ASC' } });
    const batches: FactInput[][] = [];
    for (const o of customer) {
      const lines = await this.customerOrderFacts(o.id, att);
      if (lines) batches.push(lines);
    }
    for (const o of procurement) {
      const lines = await this.ds.getRepository(ProcurementOrderLine).findBy({ orderId: o.id });
      const sale: ProcurementSale = {
        orderId: o.id,
        agencyId: o.agencyId,
        purpose: o.purpose,
        acceptedAt: o.acceptedAt!,
        lines: lines.map((l) => ({ productId: l.productId, skuId: l.skuId, supplierId: o.supplierId, originCountyCode: l.originCountyCode, quantity: l.receivedQty ?? 0, amountFen: l.acceptedFen ?? 0 })),
      };
      batches.push(await this.procurementFacts(sale, att, o.refundedFen));
    }
    let facts = 0;
    await inTransaction(this.ds, async (m) => {
      await m.query('DELETE FROM sales_facts');
      await m.query('DELETE FROM sales_daily');
      await m.query('DELETE FROM sales_product_daily');
      await m.query('DELETE FROM sales_product_monthly');
      await m.query('DELETE FROM sales_distinct');
      await m.query('DELETE FROM sales_distinct_counts');
      for (const lines of batches) facts += await this.store.insertOrder(m, lines);
    });
    return { facts, tookMs: Date.now() - started };
  }

  /** Recomputes only the rollups from the facts (set-based SQL). */
  async rollup(): Promise<void> {
    await inTransaction(this.ds, (m) => this.store.rollupFromFacts(m));
  }

  private async customerOrderFacts(orderId: string, att: Attribution, saleDate?: string): Promise<FactInput[] | null> {
    const order = await this.ds.getRepository(CustomerOrder).findOneBy({ id: orderId });
    if (!order?.paidAt) return null;
    const items = await this.ds.getRepository(OrderItem).find({ where: { orderId }, order: { id: 'ASC' } });
    const parts = await this.ds.getRepository(SupplierOrder).findBy({ orderId });
    const supplierOf = new Map(parts.map((p) => [p.id, p.supplierId]));
    const products = await this.products(items.map((i) => i.productId));
    const subsidy = await this.refundedSubsidy(orderId);
    const date = saleDate ?? shanghaiDay(order.paidAt);
    const buyerType = order.couponId ? BuyerType.UNION : BuyerType.CITIZEN;
    const out: FactInput[] = [];
    for (const i of items) {
      const p = products.get(i.productId);
      out.push(
        await this.fact(att, {
          source: SalesSource.ORDER_ITEM,
          sourceId: i.id,
          orderId,
          saleDate: date,
          buyerType,
          buyerOrgId: order.userId,
          productId: i.productId,
          productName: i.productName,
          category: p?.category ?? ProductCategory.OTHER,
          supplierId: supplierOf.get(i.supplierOrderId) ?? p?.supplierId ?? '',
          supplyBaseId: p?.supplyBaseId ?? null,
          originalCountyCode: p?.originCountyCode ?? '000000',
          quantity: i.quantity,
          amountFen: i.lineFen,
          discountFen: i.discountFen,
          refundedQty: i.refundedQty,
          refundedFen: i.refundedFen,
          refundedDiscountFen: subsidy.get(i.id) ?? 0,
        }),
      );
    }
    return out;
  }

  private async procurementFacts(sale: ProcurementSale, att: Attribution, totalRefundedFen: number): Promise<FactInput[]> {
    // One fact per SKU (a SKU listed twice in an order is one line of the sale).
    const bySku = new Map<string, ProcurementSale['lines'][number]>();
    for (const l of sale.lines) {
      if (l.quantity <= 0 && l.amountFen <= 0) continue;
      const had = bySku.get(l.skuId);
      bySku.set(l.skuId, had ? { ...had, quantity: had.quantity + l.quantity, amountFen: had.amountFen + l.amountFen } : { ...l });
    }
    const lines = [...bySku.values()].sort((a, b) => a.skuId.localeCompare(b.skuId));
    const products = await this.products(lines.map((l) => l.productId));
    const shares = spread(lines, totalRefundedFen);
    const date = shanghaiDay(sale.acceptedAt);
    const buyerType = sale.purpose === ProcurementPurpose.UNION_WELFARE ? BuyerType.UNION : BuyerType.CANTEEN;
    const out: FactInput[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const p = products.get(l.productId);
      out.push(
        await this.fact(att, {
          source: SalesSource.PROCUREMENT_LINE,
          sourceId: `${sale.orderId}:${l.skuId}`,
          orderId: sale.orderId,
          saleDate: date,
          buyerType,
          buyerOrgId: sale.agencyId,
          productId: l.productId,
          productName: p?.name ?? '',
          category: p?.category ?? ProductCategory.OTHER,
          supplierId: l.supplierId,
          supplyBaseId: p?.supplyBaseId ?? null,
          originalCountyCode: l.originCountyCode,
          quantity: l.quantity,
          amountFen: l.amountFen,
          discountFen: 0,
          refundedQty: shares[i].refundedQty,
          refundedFen: shares[i].refundedFen,
          refundedDiscountFen: 0,
        }),
      );
    }
    return out;
  }

  private async fact(att: Attribution, f: Omit<FactInput, 'yearMonth' | 'season' | 'countyCode' | 'prefectureCode' | 'provinceCode' | 'helperUnitId' | 'helperCity'>): Promise<FactInput> {
    const county = await att.county(f.originalCountyCode);
    const helper = await att.helper(f.originalCountyCode, f.saleDate);
    return { ...f, ...county, yearMonth: f.saleDate.slice(0, 7), season: seasonOf(f.category, f.productName), helperUnitId: helper?.id ?? null, helperCity: helper?.city ?? null };
  }

  private async products(ids: string[]): Promise<Map<string, Product>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await this.ds.getRepository(Product).findBy({ id: In(unique) }) : [];
    return new Map(rows.map((p) => [p.id, p]));
  }

  /** Coupon subsidy taken back per order item by completed refunds. */
  private async refundedSubsidy(orderId: string): Promise<Map<string, number>> {
    const refunds = await this.ds.getRepository(RefundRequest).findBy({ orderId, status: RefundStatus.REFUNDED });
    const out = new Map<string, number>();
    for (const r of refunds) for (const l of r.lines ?? []) out.set(l.orderItemId, (out.get(l.orderItemId) ?? 0) + (l.subsidyFen ?? 0));
    return out;
  }
}

/** A cumulative refund spread over lines in proportion to their amounts (largest remainder, ties to the earlier line). */
export function spread(lines: { amountFen: number; quantity: number }[], refundedFen: number): { refundedFen: number; refundedQty: number }[] {
  const total = lines.reduce((a, l) => a + l.amountFen, 0);
  const amount = Math.min(Math.max(refundedFen, 0), total);
  if (!total || !amount) return lines.map(() => ({ refundedFen: 0, refundedQty: 0 }));
  const exact = lines.map((l) => (l.amountFen * amount) / total);
  const base = exact.map(Math.floor);
  let left = amount - base.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    base[i]++;
    left--;
  }
  return lines.map((l, i) => ({ refundedFen: base[i], refundedQty: l.amountFen ? Math.floor((l.quantity * base[i]) / l.amountFen) : 0 }));
}
