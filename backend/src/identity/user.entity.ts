import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';
import { Role } from './role';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

@Entity('users')
export class User extends BaseEntity {
  @Index('UQ_users_phone', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  /** Comma-separated in the database; always a list in the code. */
  @Column({ type: 'simple-array' })
  roles: Role[];

  /** The Agency (预算单位) this user works for, when a role needs one. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  agencyId: string | null;

  /** The Supplier this user works for, when a role needs one. */
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supplierId: string | null;

  @Column({ type: 'simple-enum', enum: UserStatus, default: UserStatus.ACTIVE })
  status: UserStatus;
}
