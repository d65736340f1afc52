import { Column, Entity, PrimaryColumn } from 'typeorm';
import { dateColumn, instantColumn } from '../database/dialect';

/** The numbered plan or notice that states a pairing (e.g. 深对字〔2017〕2号). */
@Entity('source_documents')
export class SourceDocument {
  /** A short stable key, e.g. sz-2017; operator-added documents get one derived from a UUID. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  docNo: string | null;

  @Column(dateColumn({ nullable: true }))
  validFrom: string | null;

  @Column(dateColumn({ nullable: true }))
  validTo: string | null;

  @Column(instantColumn())
  createdAt: Date;
}
