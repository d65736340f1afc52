import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { fenColumn, UUID_LENGTH } from '../../database/dialect';

/**
 * One SKU of an agreement at its agreed price. Product name, spec and unit are a snapshot taken at
 * proposal, so the agreement reads the same after the supplier edits the product. The shop price at
 * proposal is kept beside the agreed price (the agreed price may not exceed it).
 */
@Entity('supply_agreement_lines')
@Index('UQ_supply_agreement_lines_sku', ['agreementId', 'skuId'], { unique: true })
export class SupplyAgreementLine extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  agreementId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  productId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  skuId: string;

  @Column({ type: 'varchar', length: 100 })
  productName: string;

  @Column({ type: 'varchar', length: 60 })
  spec: string;

  @Column({ type: 'varchar', length: 10 })
  unit: string;

  /** The shop price when proposed (reference for the discount). */
  @Column(fenColumn())
  shopPriceFen: number;

  /** The agreed price: > 0 and ≤ shopPriceFen. */
  @Column(fenColumn())
  priceFen: number;

  /** Smallest quantity of this SKU in one order under the agreement. */
  @Column({ type: 'int' })
  minQty: number;
}
