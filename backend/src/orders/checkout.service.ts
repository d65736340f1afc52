import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { ShopListings } from '../catalog/shop-listings.service';
import { SkuForSale, StockService } from '../catalog/stock.service';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/dialect';
import { inTransaction } from '../database/transaction';
import { Principal } from '../identity/principal';
import { Metrics } from '../observability/metrics';
import { CouponsService } from '../promotions/coupons.service';
import { CartItem } from './cart-item.entity';
import { CustomerOrder } from './customer-order.entity';
import { CheckoutDto, MAX_LINE_QTY } from './dto';
import { allocate } from './money';
import { OrderEventType } from './order-event.entity';
import { OrderItem } from './order-item.entity';
import { newOrderNo } from './order-no';
import { OrderStatus, SupplierOrderStatus } from './order-status';
import { buyer, recordEvent } from './order-transitions';
import { SupplierOrder } from './supplier-order.entity';
import { CheckoutResult } from './views';

/** Idempotency-Key: 1–100 visible ASCII characters (a UUID is typical). */
const KEY = /^[\x21-\x7e]{1,100}$/;

interface PricedLine {
  sku: SkuForSale;
  quantity: number;
  lineFen: number;
  discountFen: number;
}

/**
 * Checkout (contract: POST /api/orders). Everything the buyer pays is computed here from current
 * data: only SKUs on sale of products the shop shows, at today's prices, with the coupon's discount
 * as the coupon service quotes it. Stock is taken inside the order's transaction with one
 * conditional UPDATE per SKU; the Idempotency-Key (unique per buyer) makes a retried request
 * answer the order it already created.
 */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CustomerOrder) private readonly orders: Repository<CustomerOrder>,
    @InjectRepository(CartItem) private readonly cart: Repository<CartItem>,
    private readonly stock: StockService,
    private readonly listings: ShopListings,
    private readonly coupons: CouponsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async checkout(me: Principal, idempotencyKey: string | undefined, dto: CheckoutDto): Promise<CheckoutResult> {
    const key = (idempotencyKey ?? '').trim();
    if (!key) throw AppError.badRequest('IDEMPOTENCY_KEY_REQUIRED', '下单请求必须带 Idempotency-Key 请求头');
    if (!KEY.test(key)) throw AppError.badRequest('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key 必须是 1–100 个可见 ASCII 字符');
    const hash = requestHash(dto);
    const earlier = await this.orders.findOneBy({ userId: me.id, idempotencyKey: key });
    if (earlier) return replay(earlier, hash);

    const lines = await this.price(me, dto);
    const totalFen = lines.reduce((a, l) => a + l.lineFen, 0);
    let coupon: { couponId: string; discountFen: number; fundedBy: string } | null = null;
    if (dto.couponCode) {
      coupon = await this.coupons.quote(
        me.id,
        dto.couponCode,
        lines.map((l) => ({ skuId: l.sku.skuId, productId: l.sku.productId, unitPriceFen: l.sku.priceFen, quantity: l.quantity })),
      );
    }
    // The buyer always pays at least 1 fen (Alipay's minimum); the coupon covers the rest at most.
    const discountFen = coupon ? Math.max(0, Math.min(Math.trunc(Number(coupon.discountFen) || 0), totalFen - 1)) : 0;
    allocate(discountFen, lines.map((l) => l.lineFen)).forEach((d, i) => (lines[i].discountFen = d));

    for (let attempt = 1; ; attempt++) {
      try {
        const order = await this.create(me, key, hash, dto, lines, totalFen, discountFen, coupon);
        this.metrics.orderCreated();
        // The bought lines leave the cart (best effort: the order stands either way).
        await this.cart.delete({ userId: me.id, skuId: In(lines.map((l) => l.sku.skuId)) }).catch(() => undefined);
        return replay(order, hash);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // The same key raced us (the other request committed first), or an order number collided.
        const raced = await this.orders.findOneBy({ userId: me.id, idempotencyKey: key });
        if (raced) return replay(raced, hash);
        if (attempt >= 3) throw err;
      }
    }
  }

  /** Lines at current prices; refuses SKUs that are unknown, off sale, or of products the shop does not show. */
  private async price(me: Principal, dto: CheckoutDto): Promise<PricedLine[]> {
    const wanted = new Map<string, number>();
    for (const i of dto.items) wanted.set(i.skuId.toLowerCase(), (wanted.get(i.skuId.toLowerCase()) ?? 0) + i.quantity);
    const skus = await this.stock.forSale([...wanted.keys()]);
    const visible = await this.listings.visibleAmong([...new Set([...skus.values()].map((s) => s.productId))]);
    const problems: { skuId: string; reason: string }[] = [];
    const lines: PricedLine[] = [];
    for (const [skuId, quantity] of wanted) {
      const sku = skus.get(skuId);
      if (!sku || !visible.has(sku.productId)) problems.push({ skuId, reason: '商品不存在或已下架' });
      else if (!sku.enabled) problems.push({ skuId, reason: '该规格已停售' });
      else if (quantity > MAX_LINE_QTY) problems.push({ skuId, reason: `同一规格每单最多购买 ${MAX_LINE_QTY} 件` });
      else lines.push({ sku, quantity, lineFen: sku.priceFen * quantity, discountFen: 0 });
    }
    if (problems.length) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'SKU_UNAVAILABLE', '部分商品当前不可购买', problems);
    void me;
    return lines;
  }

  private async create(
    me: Principal,
    key: string,
    hash: string,
    dto: CheckoutDto,
    lines: PricedLine[],
    totalFen: number,
    discountFen: number,
    coupon: { couponId: string; fundedBy: string } | null,
  ): Promise<CustomerOrder> {
    const now = new Date();
    const outcome = await inTransaction(this.dataSource, async (m) => {
      // Stock first, in a fixed order (no deadlocks between buyers of the same SKUs); a SKU that is
      // short gives back what this order took and nothing else is written.
      const taken: PricedLine[] = [];
      for (const line of [...lines].sort((a, b) => a.sku.skuId.localeCompare(b.sku.skuId))) {
        if (!(await this.stock.take(m, line.sku.skuId, line.quantity))) {
          for (const t of taken) await this.stock.giveBack(m, t.sku.skuId, t.quantity);
          return { short: line } as const;
        }
        taken.push(line);
      }
      const order = await m.save(
        m.create(CustomerOrder, {
          orderNo: newOrderNo(now),
          userId: me.id,
          idempotencyKey: key,
          requestHash: hash,
          status: OrderStatus.PENDING_PAYMENT,
          totalFen,
          discountFen,
          payableFen: totalFen - discountFen,
          refundedFen: 0,
          couponId: coupon?.couponId ?? null,
          couponCode: coupon ? dto.couponCode!.slice(0, 40) : null,
          couponFundedBy: coupon ? String(coupon.fundedBy ?? '').slice(0, 100) || '工会' : null,
          shipName: dto.address.name,
          shipPhone: dto.address.phone,
          shipRegion: dto.address.region,
          shipDetail: dto.address.detail,
          expiresAt: new Date(now.getTime() + this.config.orders.paymentTimeoutMinutes * 60_000),
          paidAt: null,
          outTradeNo: null,
          tradeNo: null,
          cancelledAt: null,
          cancelReason: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const bySupplier = new Map<string, PricedLine[]>();
      for (const l of lines) bySupplier.set(l.sku.supplierId, [...(bySupplier.get(l.sku.supplierId) ?? []), l]);
      let n = 0;
      for (const [supplierId, own] of bySupplier) {
        const goodsFen = own.reduce((a, l) => a + l.lineFen, 0);
        const partDiscount = own.reduce((a, l) => a + l.discountFen, 0);
        const part = await m.save(
          m.create(SupplierOrder, {
            orderId: order.id,
            subOrderNo: `${order.orderNo}-${++n}`,
            supplierId,
            userId: me.id,
            status: SupplierOrderStatus.PENDING_PAYMENT,
            goodsFen,
            discountFen: partDiscount,
            payableFen: goodsFen - partDiscount,
            refundedFen: 0,
            version: 1,
            openRefundId: null,
            shippedAt: null,
            autoConfirmAt: null,
            completedAt: null,
          }),
        );
        for (const l of own) {
          await m.save(
            m.create(OrderItem, {
              orderId: order.id,
              supplierOrderId: part.id,
              productId: l.sku.productId,
              skuId: l.sku.skuId,
              productName: l.sku.productName,
              spec: l.sku.spec,
              unit: l.sku.unit,
              unitPriceFen: l.sku.priceFen,
              quantity: l.quantity,
              lineFen: l.lineFen,
              discountFen: l.discountFen,
              shippedQty: 0,
              refundedQty: 0,
              restockedQty: 0,
              refundedFen: 0,
            }),
          );
        }
      }
      // The coupon is used by this order from now on (released again if it is cancelled or fully refunded).
      if (coupon) await this.coupons.redeem(m, coupon.couponId, me.id, order.id);
      await recordEvent(m, { orderId: order.id, type: OrderEventType.CREATED, to: OrderStatus.PENDING_PAYMENT, actor: buyer(me.id) });
      return { order } as const;
    });
    if ('short' in outcome) {
      // A retry of a request that already got the last units answers that order, not OUT_OF_STOCK.
      const raced = await this.orders.findOneBy({ userId: me.id, idempotencyKey: key });
      if (raced) return raced;
      const l = outcome.short!;
      throw new AppError(HttpStatus.CONFLICT, 'OUT_OF_STOCK', `「${l.sku.productName} ${l.sku.spec}」库存不足`, { skuId: l.sku.skuId, requested: l.quantity });
    }
    return outcome.order;
  }
}

/** sha256 of the request in a canonical form (what identifies "the same body"). */
export function requestHash(dto: CheckoutDto): string {
  const canonical = JSON.stringify({
    items: dto.items.map((i) => [i.skuId.toLowerCase(), i.quantity]),
    address: [dto.address.name, dto.address.phone, dto.address.region, dto.address.detail],
    couponCode: dto.couponCode ?? null,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

function replay(order: CustomerOrder, hash: string): CheckoutResult {
  if (order.requestHash !== hash) {
    throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一笔内容不同的下单请求', { orderId: order.id });
  }
  return result(order);
}

/** The creation answer, the same on every replay (the order's current state is GET /api/orders/:id). */
function result(o: CustomerOrder): CheckoutResult {
  return { id: o.id, orderNo: o.orderNo, status: OrderStatus.PENDING_PAYMENT, totalFen: o.totalFen, discountFen: o.discountFen, payableFen: o.payableFen, expiresAt: o.expiresAt.toISOString() };
}
