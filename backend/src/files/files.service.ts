import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { Principal } from '../identity/principal';
import { FileView } from './dto';
import { FileRecord } from './file-record.entity';
import { FILE_STORAGE, FileStorage } from './file-storage';
import { detectFileType, FileKind, KIND_OF } from './file-types';

/** What the upload interceptor hands over (multer's memory-storage file, the fields we use). */
export interface IncomingFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

export const fileUrl = (id: string) => `/api/files/${id}`;

export const fileView = (f: FileRecord): FileView => ({ id: f.id, url: fileUrl(f.id), contentType: f.contentType, size: f.size, name: f.originalName });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A display name without directories or control characters, at most 255 characters. */
export function cleanFileName(name: string | undefined, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || `file.${extension}`).slice(0, 255);
}

@Injectable()
export class FilesService {
  constructor(
    @InjectRepository(FileRecord) private readonly repo: Repository<FileRecord>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Checks type (by content) and size, stores the bytes, and records who uploaded them. */
  async upload(file: IncomingFile | undefined, uploader: Principal): Promise<FileRecord> {
    if (!file || !Buffer.isBuffer(file.buffer)) throw AppError.badRequest('FILE_REQUIRED', '请以 multipart/form-data 的 file 字段上传一个文件');
    if (file.buffer.length === 0) throw AppError.badRequest('EMPTY_FILE', '文件是空的');
    const type = detectFileType(file.buffer);
    if (!type) throw new AppError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_FILE_TYPE', '只能上传 JPEG、PNG、WebP 图片或 PDF 文件');
    if (file.buffer.length > type.maxBytes) {
      throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', type.kind === 'image' ? '图片不能超过 5 MB' : 'PDF 文件不能超过 10 MB');
    }
    const record = this.repo.create({
      uploaderId: uploader.id,
      supplierId: uploader.supplierId,
      contentType: type.contentType,
      size: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      originalName: cleanFileName(file.originalname, type.extension),
    });
    // BaseEntity would set the id on insert; the bytes go in first under the same id.
    record.id = randomUUID();
    await this.storage.put(record.id, file.buffer);
    try {
      return await this.repo.save(record);
    } catch (err) {
      await this.storage.delete(record.id).catch(() => undefined);
      throw err;
    }
  }

  async get(id: string): Promise<FileRecord> {
    const f = UUID.test(id) ? await this.repo.findOneBy({ id }) : null;
    if (!f) throw AppError.notFound('文件');
    return f;
  }

  /** The record and its content stream; 404 when either is missing. */
  async open(id: string): Promise<{ record: FileRecord; stream: Readable }> {
    const record = await this.get(id);
    const stream = await this.storage.get(record.id);
    if (!stream) throw AppError.notFound('文件');
    return { record, stream };
  }

  /**
   * For other modules that store a reference to a file (a product image, a certificate scan): the
   * file must exist, be of one of `kinds` when given, and — when `supplierId` is given — have been
   * uploaded by that supplier's staff, so nobody can claim another supplier's documents.
   * Answers 400 (the reference in the caller's request is wrong), not 404.
   */
  async requireFile(id: string, opts: { kinds?: FileKind[]; supplierId?: string } = {}): Promise<FileRecord> {
    const f = UUID.test(id) ? await this.repo.findOneBy({ id }) : null;
    if (!f || (opts.supplierId !== undefined && f.supplierId !== opts.supplierId)) {
      throw AppError.badRequest('UNKNOWN_FILE', `文件 ${id} 不存在或不属于当前供应商`);
    }
    if (opts.kinds && !opts.kinds.includes(KIND_OF[f.contentType])) {
      throw AppError.badRequest('WRONG_FILE_TYPE', opts.kinds.includes('image') ? '此处只能引用图片文件' : '此处只能引用 PDF 文件');
    }
    return f;
  }
}
