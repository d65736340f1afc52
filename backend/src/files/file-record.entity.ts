import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { UUID_LENGTH } from '../database/dialect';

/**
 * An uploaded file (product image, certificate or licence scan). The bytes live in the FileStorage
 * under the record's id; this row says who uploaded what. Files are immutable: a new version is a
 * new upload with a new id.
 */
@Entity('file_records')
export class FileRecord extends BaseEntity {
  @Index('IX_file_records_uploader')
  @Column({ type: 'varchar', length: UUID_LENGTH })
  uploaderId: string;

  /** The uploader's supplier, when the uploader works for one (lets suppliers reference only their own files). */
  @Index('IX_file_records_supplier')
  @Column({ type: 'varchar', length: UUID_LENGTH, nullable: true })
  supplierId: string | null;

  /** Detected from the bytes, never taken from the client. */
  @Column({ type: 'varchar', length: 50 })
  contentType: string;

  /** Bytes. */
  @Column({ type: 'integer' })
  size: number;

  /** Hex SHA-256 of the content. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 255 })
  originalName: string;
}
