import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

export enum ProductEventType {
  CREATED = 'CREATED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CHANGES_SUBMITTED = 'CHANGES_SUBMITTED',
  CHANGES_APPROVED = 'CHANGES_APPROVED',
  CHANGES_REJECTED = 'CHANGES_REJECTED',
  LISTED = 'LISTED',
  UNLISTED = 'UNLISTED',
  EXPIRED = 'EXPIRED',
}

/** The review and listing history of a product: who did what, when and why. Append-only. */
@Entity('product_events')
@Index('IX_product_events_product', ['productId', 'createdAt'])
export class ProductEvent extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  @Column({ type: 'simple-enum', enum: ProductEventType })
  type: ProductEventType;

  /** Null for the system (e.g. certificate expiry). */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  /** What changed, for change reviews: [{field, from, to}]. */
  @Column({ type: 'simple-json', nullable: true })
  diff: unknown;
}
