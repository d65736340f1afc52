import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

export interface ShipmentLine {
  orderItemId: string;
  quantity: number;
}

/** One parcel of a supplier order (a supplier may split its part into several). */
@Entity('shipments')
@Index('IX_shipments_supplier_order', ['supplierOrderId'])
export class Shipment extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  orderId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  supplierOrderId: string;

  @Column({ type: 'varchar', length: 40 })
  carrier: string;

  @Column({ type: 'varchar', length: 40 })
  trackingNo: string;

  @Column({ type: 'simple-json' })
  lines: ShipmentLine[];

  @Column({ type: 'varchar', length: UUID_LENGTH })
  shippedById: string;
}
