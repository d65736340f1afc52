import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

/** A delivery address in a member's address book (收货地址). Checkout copies it into the order. */
@Entity('addresses')
@Index('IX_addresses_user', ['userId'])
export class Address extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  userId: string;

  /** 收货人 */
  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  /** 省市区 */
  @Column({ type: 'varchar', length: 100 })
  region: string;

  /** 详细地址 */
  @Column({ type: 'varchar', length: 200 })
  detail: string;

  @Column({ type: 'boolean' })
  isDefault: boolean;
}
