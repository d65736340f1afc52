import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { instantColumn, UUID_LENGTH } from '../database/dialect';

export enum ProductCategory {
  FRUIT = 'FRUIT',
  VEGETABLE = 'VEGETABLE',
  TEA = 'TEA',
  GRAIN_OIL = 'GRAIN_OIL',
  MEAT_EGG = 'MEAT_EGG',
  DRIED = 'DRIED',
  PROCESSED = 'PROCESSED',
  OTHER = 'OTHER',
}

export const CATEGORY_LABELS: Record<ProductCategory, string> = {
  FRUIT: '水果',
  VEGETABLE: '蔬菜',
  TEA: '茶叶',
  GRAIN_OIL: '粮油',
  MEAT_EGG: '肉禽蛋',
  DRIED: '干货山珍',
  PROCESSED: '加工食品',
  OTHER: '其他',
};

export enum StorageCondition {
  ROOM = 'ROOM',
  CHILLED = 'CHILLED',
  FROZEN = 'FROZEN',
}

export enum ProductStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  LISTED = 'LISTED',
  UNLISTED = 'UNLISTED',
}

/** The reviewable content of a product that a supplier proposes while an approved version is live. */
export interface ProductChanges {
  name?: string;
  category?: ProductCategory;
  description?: string;
  images?: string[];
  originCountyCode?: string;
  supplyBaseId?: string | null;
  storage?: StorageCondition;
  coldChain?: boolean;
  saleMonths?: number[];
  /** Changes to existing SKUs, by SKU id. */
  skus?: Record<string, SkuChanges>;
}

export interface SkuChanges {
  spec?: string;
  unit?: string;
  netWeightGrams?: number;
  priceFen?: number;
  agencyMinQty?: number;
  /** Putting a SKU (back) on sale is reviewed; taking it off sale is not. */
  enabled?: boolean;
}

/**
 * A product of a supplier. Its columns are the live (approved) content the shop shows and orders
 * charge; once a product has been approved, a supplier's edits wait in `pendingChanges` until an
 * operator approves them, so a listed product never shows unreviewed prices, origins or content.
 */
@Entity('products')
@Index('IX_products_supplier', ['supplierId'])
@Index('IX_products_status', ['status'])
export class Product extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'simple-enum', enum: ProductCategory })
  category: ProductCategory;

  @Column({ type: 'text' })
  description: string;

  /** File ids of the product's images, first is the cover. */
  @Column({ type: 'simple-json' })
  images: string[];

  /** Where it is grown or made: the supplier's county or its supply base's county. */
  @Column({ type: 'varchar', length: 6 })
  originCountyCode: string;

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supplyBaseId: string | null;

  @Column({ type: 'simple-enum', enum: StorageCondition })
  storage: StorageCondition;

  @Column({ type: 'boolean' })
  coldChain: boolean;

  /** Months (1–12) in which it is sold; all twelve for products sold all year. */
  @Column({ type: 'simple-json' })
  saleMonths: number[];

  @Column({ type: 'simple-enum', enum: ProductStatus, default: ProductStatus.DRAFT })
  status: ProductStatus;

  /** Why the last review rejected it (first review or a change). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;

  /** Why it is not in the shop although the supplier listed it (expired certificate, operator action). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  delistReason: string | null;

  @Column({ type: 'simple-json', nullable: true })
  pendingChanges: ProductChanges | null;

  /** Set when the supplier submits pending changes for review. */
  @Column(instantColumn({ nullable: true }))
  changesSubmittedAt: Date | null;

  @Column(instantColumn({ nullable: true }))
  listedAt: Date | null;
}
