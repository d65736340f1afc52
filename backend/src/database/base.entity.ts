import { randomUUID } from 'node:crypto';
import { BeforeInsert, BeforeUpdate, Column, PrimaryColumn } from 'typeorm';
import { instantColumn, UUID_LENGTH } from './dialect';

/**
 * Id and timestamps for every aggregate. Ids and times are set by the application, not by column
 * defaults, so that SQLite and MySQL behave the same and migrations carry no dialect-specific defaults.
 * Build entities with `repository.create()` so these hooks run.
 */
export abstract class BaseEntity {
  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  id: string;

  @Column(instantColumn())
  createdAt: Date;

  @Column(instantColumn())
  updatedAt: Date;

  @BeforeInsert()
  protected beforeInsertBase(): void {
    this.id ??= randomUUID();
    const now = new Date();
    this.createdAt ??= now;
    this.updatedAt ??= now;
  }

  @BeforeUpdate()
  protected beforeUpdateBase(): void {
    this.updatedAt = new Date();
  }
}
