import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { fenColumn, instantColumn, UUID_LENGTH } from '../../database/dialect';

/**
 * An agency's yearly declaration (年度申报): whether it has a canteen and its annual canteen
 * agricultural-product spending, the base of its reserved share. One per agency and year; an
 * amendment updates it (conditionally on `revision`) and adds a QuotaDeclarationRevision.
 */
@Entity('quota_declarations')
@Index('UQ_quota_declarations_agency_year', ['agencyId', 'year'], { unique: true })
@Index('IX_quota_declarations_year', ['year'])
export class QuotaDeclaration extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  agencyId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'boolean' })
  hasCanteen: boolean;

  /** 年度农副产品采购总额 (fen); 0 when the agency has no canteen. */
  @Column(fenColumn())
  annualAgriSpendFen: number;

  /** e.g. "共用食堂，由XX填报". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  remarks: string | null;

  /** 1 for the first filing, +1 for each amendment. */
  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  filedByUserId: string;

  @Column({ type: 'varchar', length: 60 })
  filedByName: string;

  @Column(instantColumn())
  filedAt: Date;

  /** Filed by an operator on the agency's behalf (代为填报). */
  @Column({ type: 'boolean' })
  onBehalf: boolean;
}

/** Every filing and amendment of a declaration, as it was filed: the declaration's history. */
@Entity('quota_declaration_revisions')
@Index('UQ_quota_declaration_revisions', ['declarationId', 'revision'], { unique: true })
@Index('IX_quota_declaration_revisions_agency', ['agencyId', 'year'])
export class QuotaDeclarationRevision extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  declarationId: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  agencyId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'boolean' })
  hasCanteen: boolean;

  @Column(fenColumn())
  annualAgriSpendFen: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  remarks: string | null;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  filedByUserId: string;

  @Column({ type: 'varchar', length: 60 })
  filedByName: string;

  @Column(instantColumn())
  filedAt: Date;

  @Column({ type: 'boolean' })
  onBehalf: boolean;
}
