import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { fileUrl } from '../catalog/product-views.service';
import { ShopListings } from '../catalog/shop-listings.service';
import { StockService } from '../catalog/stock.service';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { SuppliersService } from '../suppliers/suppliers.service';
import { CartItem } from './cart-item.entity';
import { CartLineInput, MAX_CART_LINES, MAX_LINE_QTY } from './dto';
import { CartGroupView, CartLineView, CartView } from './views';

/**
 * The signed-in buyer's cart, kept on the server. It stores SKU and quantity only: what it shows
 * (name, price, whether it can be bought) is read live every time, so a price change or a product
 * leaving the shop shows at once. Nothing is reserved: stock is taken at checkout.
 */
@Injectable()
export class CartService {
  constructor(
    @InjectRepository(CartItem) private readonly items: Repository<CartItem>,
    private readonly stock: StockService,
    private readonly listings: ShopListings,
    private readonly suppliers: SuppliersService,
  ) {}

  async view(userId: string): Promise<CartView> {
    const lines = await this.items.find({ where: { userId }, order: { createdAt: 'ASC' } });
    const skus = await this.stock.forSale(lines.map((l) => l.skuId));
    const visible = await this.listings.visibleAmong([...new Set([...skus.values()].map((s) => s.productId))]);
    const names = new Map((await this.suppliers.list()).map((s) => [s.id, s.name]));
    const groups = new Map<string, CartGroupView>();
    let totalFen = 0;
    for (const l of lines) {
      const sku = skus.get(l.skuId);
      const reason = !sku || !visible.has(sku.productId) ? '商品已下架' : !sku.enabled ? '该规格已停售' : sku.stock < l.quantity ? (sku.stock === 0 ? '已售罄' : `库存仅剩 ${sku.stock}`) : null;
      const view: CartLineView = {
        skuId: l.skuId,
        quantity: l.quantity,
        productId: sku?.productId ?? null,
        productName: sku?.productName ?? null,
        spec: sku?.spec ?? null,
        unit: sku?.unit ?? null,
        coverUrl: sku?.coverImageId ? fileUrl(sku.coverImageId) : null,
        priceFen: sku?.priceFen ?? null,
        lineFen: sku ? sku.priceFen * l.quantity : null,
        stock: sku?.stock ?? null,
        available: reason === null,
        unavailableReason: reason,
      };
      const key = sku?.supplierId ?? '';
      const group = groups.get(key) ?? { supplier: sku ? { id: sku.supplierId, name: names.get(sku.supplierId) ?? '' } : null, lines: [], subtotalFen: 0 };
      group.lines.push(view);
      if (view.available) group.subtotalFen += view.lineFen!;
      groups.set(key, group);
    }
    for (const g of groups.values()) totalFen += g.subtotalFen;
    return { groups: [...groups.values()], totalFen, lineCount: lines.length };
  }

  /** Adds units of a SKU (to the line if it is already in the cart). */
  async add(userId: string, dto: CartLineInput): Promise<CartView> {
    await this.requireBuyable(dto.skuId);
    const skuId = dto.skuId.toLowerCase();
    const existing = await this.items.findOneBy({ userId, skuId });
    if (existing) {
      await this.items.update({ id: existing.id }, { quantity: Math.min(MAX_LINE_QTY, existing.quantity + dto.quantity), updatedAt: new Date() });
    } else {
      await this.assertRoom(userId, 1);
      await this.insertOrBump(userId, skuId, dto.quantity);
    }
    return this.view(userId);
  }

  async setQuantity(userId: string, skuId: string, quantity: number): Promise<CartView> {
    const res = await this.items.update({ userId, skuId }, { quantity, updatedAt: new Date() });
    if (!res.affected) throw AppError.notFound('购物车商品');
    return this.view(userId);
  }

  async remove(userId: string, skuId: string): Promise<CartView> {
    await this.items.delete({ userId, skuId });
    return this.view(userId);
  }

  async clear(userId: string): Promise<CartView> {
    await this.items.delete({ userId });
    return this.view(userId);
  }

  /**
   * Merges the cart a guest built in the browser at login: quantities of the same SKU are added
   * (up to the per-line limit); SKUs that no longer exist are skipped; the cart keeps its line limit.
   */
  async merge(userId: string, guest: CartLineInput[]): Promise<CartView> {
    const wanted = new Map<string, number>();
    for (const g of guest) wanted.set(g.skuId.toLowerCase(), Math.min(MAX_LINE_QTY, (wanted.get(g.skuId.toLowerCase()) ?? 0) + g.quantity));
    const known = await this.stock.forSale([...wanted.keys()]);
    const mine = new Map((await this.items.find({ where: { userId } })).map((i) => [i.skuId, i]));
    let room = MAX_CART_LINES - mine.size;
    for (const [skuId, quantity] of wanted) {
      if (!known.has(skuId)) continue;
      const existing = mine.get(skuId);
      if (existing) await this.items.update({ id: existing.id }, { quantity: Math.min(MAX_LINE_QTY, existing.quantity + quantity), updatedAt: new Date() });
      else if (room > 0) {
        await this.insertOrBump(userId, skuId, quantity);
        room--;
      }
    }
    return this.view(userId);
  }

  private async requireBuyable(skuId: string): Promise<void> {
    const sku = (await this.stock.forSale([skuId.toLowerCase()])).get(skuId.toLowerCase());
    if (!sku || !(await this.listings.visibleAmong([sku.productId])).has(sku.productId)) throw AppError.notFound('商品规格');
    if (!sku.enabled) throw AppError.conflict('SKU_DISABLED', '该规格已停售');
  }

  private async assertRoom(userId: string, more: number): Promise<void> {
    if ((await this.items.countBy({ userId })) + more > MAX_CART_LINES) throw AppError.conflict('CART_FULL', `购物车最多 ${MAX_CART_LINES} 种商品`);
  }

  /** Two tabs adding the same SKU at once: the unique (user, sku) index turns the second insert into an addition. */
  private async insertOrBump(userId: string, skuId: string, quantity: number): Promise<void> {
    try {
      await this.items.save(this.items.create({ userId, skuId, quantity }));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const existing = await this.items.findOneBy({ userId, skuId });
      if (existing) await this.items.update({ id: existing.id }, { quantity: Math.min(MAX_LINE_QTY, existing.quantity + quantity), updatedAt: new Date() });
    }
  }
}
