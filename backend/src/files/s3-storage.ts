import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { S3StorageConfig } from '../config/app-config';
import { FileStorage, SAFE_KEY } from './file-storage';

/**
 * File contents in an S3-compatible object store (AWS S3, MinIO, Ceph RGW, Aliyun OSS, Tencent COS),
 * so every backend replica reads what any other wrote. Objects are private: the API streams them
 * through GET /api/files/:id with the recorded content type, exactly as with local disk.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(
    private readonly config: S3StorageConfig,
    /** Tests pass a request handler or retry settings; production uses the SDK's defaults. */
    overrides: Partial<S3ClientConfig> = {},
  ) {
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(config.credentials ? { credentials: config.credentials } : {}),
      forcePathStyle: config.forcePathStyle,
      // Checksums only where the API demands them: several S3-compatible stores reject the SDK's
      // default CRC32 trailers on PutObject.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...overrides,
    });
  }

  private keyOf(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`unsafe storage key: ${key}`);
    return `${this.config.prefix}${key}`;
  }

  async put(key: string, data: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key), Body: data, ContentLength: data.length, ContentType: 'application/octet-stream' }),
    );
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key) }));
      // In Node the SDK answers an http.IncomingMessage (a Readable) with its stream helpers mixed in.
      if (out.Body instanceof Readable) return out.Body;
      if (!out.Body) return null;
      return Readable.from(Buffer.from(await out.Body.transformToByteArray()));
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    // DeleteObject answers 204 for a missing key too.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key) }));
  }

  destroy(): void {
    this.client.destroy();
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
