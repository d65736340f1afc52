import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { instantColumn, UUID_LENGTH } from '../../database/dialect';

/** The acceptance record (验收单) of a delivery: who checked it, notes and photos. Lines carry the quantities. */
@Entity('procurement_acceptances')
@Index('UQ_procurement_acceptances_order', ['orderId'], { unique: true })
export class ProcurementAcceptance extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  acceptedByUserId: string;

  @Column({ type: 'varchar', length: 60 })
  acceptedByName: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Uploaded photo file ids (files context). */
  @Column({ type: 'simple-json' })
  photoFileIds: string[];

  @Column(instantColumn())
  acceptedAt: Date;
}
