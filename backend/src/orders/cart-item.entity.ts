import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

/** A line of a signed-in buyer's cart. Prices are never stored: the cart always shows live ones. */
@Entity('cart_items')
@Index('UQ_cart_items_user_sku', ['userId', 'skuId'], { unique: true })
export class CartItem extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  userId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  skuId: string;

  @Column({ type: 'int' })
  quantity: number;
}
