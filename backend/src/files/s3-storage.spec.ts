import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, S3StorageConfig } from '../config/app-config';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { fileStorageFor } from './files.module';
import { LocalDiskStorage } from './file-storage';
import { S3Storage } from './s3-storage';

/**
 * No S3 server runs here, so a local HTTP server plays the three S3 operations the storage uses
 * (PutObject, GetObject, DeleteObject, path-style) and records what the real SDK sends: the method,
 * path, SigV4 authorization header and payload hash — then the same server backs a whole app.
 */
interface Seen {
  method: string;
  path: string;
  authorization: string;
  contentSha256: string;
  bodySha256: string;
}

class FakeS3 {
  readonly objects = new Map<string, Buffer>();
  readonly seen: Seen[] = [];
  private server!: Server;
  endpoint = '';

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const body = await readAll(req);
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      this.seen.push({
        method: req.method!,
        path,
        authorization: String(req.headers.authorization ?? ''),
        contentSha256: String(req.headers['x-amz-content-sha256'] ?? ''),
        bodySha256: createHash('sha256').update(body).digest('hex'),
      });
      if (req.method === 'PUT') {
        this.objects.set(path, body);
        res.writeHead(200, { ETag: '"1"' }).end();
      } else if (req.method === 'GET' && this.objects.has(path)) {
        const data = this.objects.get(path)!;
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': data.length }).end(data);
      } else if (req.method === 'GET') {
        res.writeHead(404, { 'Content-Type': 'application/xml' }).end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
        );
      } else if (req.method === 'DELETE') {
        this.objects.delete(path);
        res.writeHead(204).end();
      } else {
        res.writeHead(405).end();
      }
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const streamed = async (s: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
};

describe('S3 storage configuration', () => {
  const base = { FILE_STORAGE: 's3', S3_BUCKET: 'bangfu-files' };

  it('is off by default and complete when chosen', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(loadConfig({ S3_BUCKET: 'ignored-without-file-storage' }).s3).toBeNull();
    expect(loadConfig({ ...base, S3_ENDPOINT: 'https://minio.example.cn:9000/', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'secret', S3_PREFIX: 'bangfu/' }).s3).toEqual({
      bucket: 'bangfu-files',
      region: 'us-east-1',
      endpoint: 'https://minio.example.cn:9000',
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
      forcePathStyle: true, // a custom endpoint defaults to path style
      prefix: 'bangfu/',
    });
    // AWS itself: virtual-hosted style, credentials from the SDK's default chain.
    expect(loadConfig({ ...base, S3_REGION: 'cn-north-1' }).s3).toEqual({ bucket: 'bangfu-files', region: 'cn-north-1', forcePathStyle: false, prefix: '' });
    expect(loadConfig({ ...base, S3_ENDPOINT: 'https://oss-cn-shenzhen.aliyuncs.com', S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle).toBe(false);
  });

  it('stops start-up with one line naming the bad setting', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ FILE_STORAGE: 's3' }, /^S3_BUCKET is required when FILE_STORAGE=s3$/],
      [{ FILE_STORAGE: 'ftp' }, /^FILE_STORAGE must be disk or s3$/],
      [{ ...base, S3_BUCKET: 'Bad_Bucket' }, /^S3_BUCKET must be a valid bucket name/],
      [{ ...base, S3_ENDPOINT: 'minio:9000' }, /^S3_ENDPOINT must be a http: or https: URL$/],
      [{ ...base, S3_ACCESS_KEY_ID: 'AKID' }, /^S3_SECRET_ACCESS_KEY is required when S3_ACCESS_KEY_ID is set$/],
      [{ ...base, S3_SECRET_ACCESS_KEY: 'x' }, /^S3_ACCESS_KEY_ID is required when S3_SECRET_ACCESS_KEY is set$/],
      [{ ...base, S3_FORCE_PATH_STYLE: 'maybe' }, /^S3_FORCE_PATH_STYLE must be one of/],
      [{ ...base, S3_PREFIX: '/abs' }, /^S3_PREFIX must be empty or path segments ending with \//],
    ];
    for (const [env, message] of bad) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    }
  });

  it('picks the implementation from the configuration', () => {
    expect(fileStorageFor(loadConfig({}))).toBeInstanceOf(LocalDiskStorage);
    const s3 = fileStorageFor(loadConfig(base));
    expect(s3).toBeInstanceOf(S3Storage);
    (s3 as S3Storage).destroy();
  });
});

describe('S3 storage against a local S3-speaking server', () => {
  const fake = new FakeS3();
  let config: S3StorageConfig;
  let storage: S3Storage;

  beforeAll(async () => {
    await fake.start();
    config = { bucket: 'bangfu-files', region: 'cn-north-1', endpoint: fake.endpoint, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret-test' }, forcePathStyle: true, prefix: 'uploads/' };
    storage = new S3Storage(config, { maxAttempts: 1 });
  });
  afterAll(async () => {
    storage.destroy();
    await fake.stop();
  });

  it('PUTs, GETs and DELETEs under bucket/prefix/key with SigV4-signed requests', async () => {
    const data = Buffer.from('芒果图片的字节 \x00\x01\x02');
    fake.seen.length = 0;
    await storage.put('abc123', data);
    expect(fake.objects.get('/bangfu-files/uploads/abc123')).toEqual(data);
    const put = fake.seen[0];
    expect(put).toMatchObject({ method: 'PUT', path: '/bangfu-files/uploads/abc123' });
    // SigV4: the access key, the date/region/service scope and the signed headers, and a signed payload hash of the real body.
    expect(put.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/cn-north-1\/s3\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*x-amz-content-sha256[a-z0-9;-]*, Signature=[0-9a-f]{64}$/);
    expect(put.contentSha256).toBe(put.bodySha256);

    expect(await streamed((await storage.get('abc123'))!)).toEqual(data);
    expect(fake.seen[1]).toMatchObject({ method: 'GET', path: '/bangfu-files/uploads/abc123' });
    expect(await storage.get('missing-key')).toBeNull();

    await storage.delete('abc123');
    expect(fake.seen.at(-1)).toMatchObject({ method: 'DELETE', path: '/bangfu-files/uploads/abc123' });
    expect(fake.objects.size).toBe(0);
    expect(await storage.get('abc123')).toBeNull();
    await expect(storage.delete('abc123')).resolves.toBeUndefined();
  });

  it('refuses keys that are not ours before any request', async () => {
    const before = fake.seen.length;
    await expect(storage.put('../etc/passwd', Buffer.from('x'))).rejects.toThrow('unsafe storage key');
    await expect(storage.get('a/b')).rejects.toThrow('unsafe storage key');
    expect(fake.seen.length).toBe(before);
  });

  it('surfaces server errors other than a missing key', async () => {
    const broken = new S3Storage({ ...config, bucket: 'other-bucket', endpoint: 'http://127.0.0.1:9' }, { maxAttempts: 1 });
    await expect(broken.get('abc123')).rejects.toThrow();
    broken.destroy();
  });

  describe('backing the whole app (FILE_STORAGE=s3)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ FILE_STORAGE: 's3', S3_BUCKET: 'bangfu-app', S3_ENDPOINT: fake.endpoint, S3_ACCESS_KEY_ID: 'AKIDAPP', S3_SECRET_ACCESS_KEY: 'secret-app' });
    });
    afterAll(() => t.close());

    it('stores an upload in the bucket and serves it back through /api/files/:id', async () => {
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR-s3-image')]);
      const mango = await t.login(DEMO.mangoSupplier);
      const up = await t.http().post('/api/files').set('Authorization', mango).attach('file', png, { filename: 'cover.png', contentType: 'image/png' }).expect(201);
      expect(fake.objects.get(`/bangfu-app/${up.body.id}`)).toEqual(png);
      const got = await t.http().get(up.body.url).buffer(true).parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(got.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(got.body as Buffer, png)).toBe(0);
    });
  });
});
