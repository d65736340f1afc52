import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

/** One group of words shoppers use for the same thing (沙糖桔 / 砂糖橘 / 砂糖桔), kept by operators. */
@Entity('search_synonyms')
export class SearchSynonym extends BaseEntity {
  @Column({ type: 'simple-json' })
  terms: string[];

  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  updatedById: string | null;
}
