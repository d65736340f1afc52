import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Product } from './product.entity';
import { Sku } from './sku.entity';

/** What an order needs to know of a SKU and its product, read from the live (approved) columns. */
export interface SkuForSale {
  skuId: string;
  productId: string;
  supplierId: string;
  productName: string;
  spec: string;
  unit: string;
  priceFen: number;
  stock: number;
  enabled: boolean;
  coverImageId: string | null;
  /** Smallest quantity of one agency (canteen) order line. */
  agencyMinQty: number;
  /** The product's origin county (procurement counts the paired-county share from it). */
  originCountyCode: string;
}

/**
 * Stock for other contexts (orders). Every change is ONE conditional statement on the stock column,
 * run on the caller's transaction manager, so it commits or rolls back with the order and two
 * buyers can never both take the last unit (no read-then-write, cf. vendure#3508, medusa#16569).
 */
@Injectable()
export class StockService {
  constructor(
    @InjectRepository(Sku) private readonly skus: Repository<Sku>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
  ) {}

  /** Takes `n` units; false (and nothing changed) when fewer than `n` are left. */
  async take(m: EntityManager, skuId: string, n: number): Promise<boolean> {
    if (!Number.isInteger(n) || n <= 0) throw new Error(`stock take of ${n}`);
    const res = await m
      .createQueryBuilder()
      .update(Sku)
      .set({ stock: () => 'stock - :n', updatedAt: new Date() })
      .where('id = :id AND stock >= :n', { id: skuId, n })
      .execute();
    return res.affected === 1;
  }

  /** Gives `n` units back (an unpaid order expired or was cancelled, or goods that never left were refunded). */
  async giveBack(m: EntityManager, skuId: string, n: number): Promise<void> {
    if (!Number.isInteger(n) || n <= 0) throw new Error(`stock give-back of ${n}`);
    await m.createQueryBuilder().update(Sku).set({ stock: () => 'stock + :n', updatedAt: new Date() }).where('id = :id', { id: skuId, n }).execute();
  }

  /** The SKUs among `skuIds` with their products (whatever their status: the caller applies the shop's rule). */
  async forSale(skuIds: string[]): Promise<Map<string, SkuForSale>> {
    if (!skuIds.length) return new Map();
    const skus = await this.skus.findBy({ id: In(skuIds) });
    const products = skus.length ? await this.products.findBy({ id: In([...new Set(skus.map((s) => s.productId))]) }) : [];
    const byId = new Map(products.map((p) => [p.id, p]));
    const out = new Map<string, SkuForSale>();
    for (const s of skus) {
      const p = byId.get(s.productId);
      if (!p) continue;
      out.set(s.id, {
        skuId: s.id,
        productId: p.id,
        supplierId: p.supplierId,
        productName: p.name,
        spec: s.spec,
        unit: s.unit,
        priceFen: Number(s.priceFen),
        stock: s.stock,
        enabled: s.enabled,
        coverImageId: p.images[0] ?? null,
        agencyMinQty: s.agencyMinQty,
        originCountyCode: p.originCountyCode,
      });
    }
    return out;
  }

  /** Current stock of one SKU (tests, the flash-sale benchmark). */
  async stockOf(skuId: string): Promise<number | null> {
    const s = await this.skus.findOne({ select: { id: true, stock: true }, where: { id: skuId } });
    return s ? s.stock : null;
  }
}
