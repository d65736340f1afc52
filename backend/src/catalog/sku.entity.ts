import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { fenColumn, UUID_LENGTH } from '../database/dialect';

/**
 * A stock-keeping unit: one spec of a product (e.g. 5 斤装 精品果). Stock is decremented only with
 * one conditional UPDATE (`stock = stock - n WHERE stock >= n`), never read-then-write.
 */
@Entity('skus')
@Index('IX_skus_product', ['productId'])
export class Sku extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  /** 规格, e.g. 5斤装 中果. */
  @Column({ type: 'varchar', length: 60 })
  spec: string;

  /** 单位, e.g. 箱, 袋, 盒. */
  @Column({ type: 'varchar', length: 10 })
  unit: string;

  @Column({ type: 'int' })
  netWeightGrams: number;

  @Column(fenColumn())
  priceFen: number;

  @Column({ type: 'int' })
  stock: number;

  /** Smallest quantity an agency (canteen) order may take. */
  @Column({ type: 'int' })
  agencyMinQty: number;

  /** A supplier may take a SKU off sale at once (no review); only review puts one on sale. */
  @Column({ type: 'boolean' })
  enabled: boolean;
}
