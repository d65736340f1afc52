import { createPrivateKey, createPublicKey } from 'node:crypto';
import { z } from 'zod';

/**
 * Every setting the process reads, validated once at start-up. A bad or missing setting stops the
 * process with one line naming it (see `ConfigError`); nothing else in the code reads process.env.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  database: { kind: 'sqlite'; path: string } | { kind: 'mysql'; url: string };
  meili: { host: string; apiKey?: string } | null;
  alipay: AlipayConfig | null; // null → local payment sandbox (refused in production)
  publicBaseUrl: string;
  seedDemo: boolean;
  /** Run the periodic jobs (expiry, auto-confirm, auto-cancel, standing orders, reconciliation) in this process. */
  scheduledJobs: boolean;
  /** With the demo: also its ~14 months of sales history (demo/demo-history.seeder.ts). */
  seedDemoHistory: boolean;
  jwtSecret: string | null; // null → generated and kept under data/ (refused in production)
  dataDir: string;
  /** Local directory of the default FileStorage (uploaded images and documents). */
  fileStorageDir: string;
  logLevel: string;
  /** Orders: how long an unpaid order holds its stock, and when a shipped order confirms itself. */
  orders: { paymentTimeoutMinutes: number; autoConfirmDays: number };
  /** Procurement orders: hours a supplier has to confirm; the CJK font the contract PDF is set in (null → search the usual places). */
  procurement: { confirmHours: number; pdfFontPath: string | null };
  /** Uploaded files in an S3-compatible object store instead of fileStorageDir (FILE_STORAGE=s3). */
  s3: S3StorageConfig | null;
  /** GET /api/metrics: off when disabled; when a token is set, only `Authorization: Bearer <token>` may read it. */
  metrics: { enabled: boolean; token: string | null };
  /** Express `trust proxy`: which hops' X-Forwarded-For to believe (client IPs for throttling, logs). */
  trustProxy: string;
}

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** Custom endpoint for MinIO, Ceph, Aliyun OSS, Tencent COS…; unset → AWS. */
  endpoint?: string;
  /** Unset → the SDK's default chain (instance role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, e.g. `bangfu/` (empty by default). */
  prefix: string;
}

export interface AlipayConfig {
  appId: string;
  privateKey: string;
  publicKey: string;
  gateway: string;
  sellerId: string;
  keyType: 'PKCS1' | 'PKCS8';
}

export class ConfigError extends Error {}

const bool = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'].includes(v), {
      message: `${name} must be one of true/false/1/0/on/off`,
    })
    .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const url = (name: string, protocols: string[]) =>
  z.string().trim().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `${name} must be a ${protocols.join(' or ')} URL` },
  );

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'NODE_ENV must be development, production or test' })
    .default('development'),
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, 'PORT must be a number')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, 'PORT must be between 1 and 65535')
    .default(3000),
  DATABASE_URL: url('DATABASE_URL', ['mysql:', 'mariadb:']).optional(),
  SQLITE_PATH: z.string().trim().min(1, 'SQLITE_PATH must not be empty').optional(),
  MEILI_HOST: url('MEILI_HOST', ['http:', 'https:']).optional(),
  MEILI_API_KEY: z.string().optional(),
  ALIPAY_APP_ID: z.string().trim().regex(/^\d{16}$/, 'ALIPAY_APP_ID must be the 16-digit app id').optional(),
  ALIPAY_PRIVATE_KEY: z.string().optional(),
  ALIPAY_PUBLIC_KEY: z.string().optional(),
  ALIPAY_GATEWAY: url('ALIPAY_GATEWAY', ['http:', 'https:']).optional(),
  ALIPAY_SELLER_ID: z.string().trim().regex(/^2088\d{12}$/, 'ALIPAY_SELLER_ID must be the 16-digit 2088… partner id').optional(),
  ALIPAY_KEY_TYPE: z.enum(['PKCS1', 'PKCS8'], { message: 'ALIPAY_KEY_TYPE must be PKCS1 or PKCS8' }).default('PKCS1'),
  PUBLIC_BASE_URL: url('PUBLIC_BASE_URL', ['http:', 'https:']).optional(),
  SEED_DEMO: bool('SEED_DEMO').optional(),
  SCHEDULED_JOBS: bool('SCHEDULED_JOBS').optional(),
  SEED_DEMO_HISTORY: bool('SEED_DEMO_HISTORY').optional(),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  DATA_DIR: z.string().trim().min(1).default('data'),
  FILE_STORAGE_DIR: z.string().trim().min(1, 'FILE_STORAGE_DIR must not be empty').optional(),
  ORDER_PAYMENT_TIMEOUT_MINUTES: z
    .string()
    .trim()
    .regex(/^\d+$/, 'ORDER_PAYMENT_TIMEOUT_MINUTES must be a whole number of minutes')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1440, 'ORDER_PAYMENT_TIMEOUT_MINUTES must be between 1 and 1440')
    .default(30),
  ORDER_AUTO_CONFIRM_DAYS: z
    .string()
    .trim()
    .regex(/^\d+$/, 'ORDER_AUTO_CONFIRM_DAYS must be a whole number of days')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 60, 'ORDER_AUTO_CONFIRM_DAYS must be between 1 and 60')
    .default(10),
  PROCUREMENT_CONFIRM_HOURS: z
    .string()
    .trim()
    .regex(/^\d+$/, 'PROCUREMENT_CONFIRM_HOURS must be a whole number of hours')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 720, 'PROCUREMENT_CONFIRM_HOURS must be between 1 and 720')
    .default(48),
  PDF_FONT_PATH: z.string().trim().min(1, 'PDF_FONT_PATH must not be empty').optional(),
  FILE_STORAGE: z.enum(['disk', 's3'], { message: 'FILE_STORAGE must be disk or s3' }).default('disk'),
  S3_BUCKET: z.string().trim().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET must be a valid bucket name (3–63 lowercase letters, digits, dots, hyphens)').optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ENDPOINT: url('S3_ENDPOINT', ['http:', 'https:']).optional(),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool('S3_FORCE_PATH_STYLE').optional(),
  S3_PREFIX: z.string().trim().regex(/^([A-Za-z0-9_.-]+\/)*$/, 'S3_PREFIX must be empty or path segments ending with /, e.g. bangfu/').default(''),
  METRICS_ENABLED: bool('METRICS_ENABLED').optional(),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/, 'TRUST_PROXY must be a comma-separated list of loopback, linklocal, uniquelocal, addresses or CIDRs')
    .default('loopback'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be a pino level' })
    .default('info'),
});

/** Turns Alipay's console form (a bare base64 body) into PEM; PEM input passes through. */
export function toPem(key: string, label: string): string {
  const trimmed = key.trim().replace(/\\n/g, '\n');
  if (trimmed.startsWith('-----BEGIN')) return trimmed;
  const body = trimmed.replace(/\s+/g, '').match(/.{1,64}/g)?.join('\n') ?? '';
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

function alipayFrom(env: z.infer<typeof schema>): AlipayConfig | null {
  const names = ['ALIPAY_APP_ID', 'ALIPAY_PRIVATE_KEY', 'ALIPAY_PUBLIC_KEY', 'ALIPAY_SELLER_ID'] as const;
  const given = names.filter((n) => env[n]);
  if (given.length === 0) return null;
  const missing = names.find((n) => !env[n]);
  if (missing) throw new ConfigError(`${missing} is required when ${given[0]} is set`);
  const privateKey = toPem(env.ALIPAY_PRIVATE_KEY!, env.ALIPAY_KEY_TYPE === 'PKCS8' ? 'PRIVATE KEY' : 'RSA PRIVATE KEY');
  const publicKey = toPem(env.ALIPAY_PUBLIC_KEY!, 'PUBLIC KEY');
  try {
    createPrivateKey(privateKey);
  } catch {
    throw new ConfigError(`ALIPAY_PRIVATE_KEY is not a valid ${env.ALIPAY_KEY_TYPE} RSA private key`);
  }
  try {
    createPublicKey(publicKey);
  } catch {
    throw new ConfigError('ALIPAY_PUBLIC_KEY is not a valid RSA public key');
  }
  return {
    appId: env.ALIPAY_APP_ID!,
    privateKey,
    publicKey,
    gateway: env.ALIPAY_GATEWAY ?? 'https://openapi.alipay.com/gateway.do',
    sellerId: env.ALIPAY_SELLER_ID!,
    keyType: env.ALIPAY_KEY_TYPE,
  };
}

function s3From(env: z.infer<typeof schema>): S3StorageConfig | null {
  if (env.FILE_STORAGE !== 's3') return null;
  if (!env.S3_BUCKET) throw new ConfigError('S3_BUCKET is required when FILE_STORAGE=s3');
  if (!!env.S3_ACCESS_KEY_ID !== !!env.S3_SECRET_ACCESS_KEY) {
    throw new ConfigError(`${env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'} is required when ${env.S3_ACCESS_KEY_ID ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY'} is set`);
  }
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT.replace(/\/+$/, '') } : {}),
    ...(env.S3_ACCESS_KEY_ID ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY! } } : {}),
    // Self-hosted stores (MinIO) rarely have wildcard DNS for virtual-hosted buckets.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? !!env.S3_ENDPOINT,
    prefix: env.S3_PREFIX,
  };
}

/**
 * Reads the configuration from an environment. `demoByDefault` is how `pnpm start` turns demo data on
 * without the variable; production never defaults it on.
 */
export function loadConfig(env: NodeJS.ProcessEnv, opts: { demoByDefault?: boolean } = {}): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'configuration');
    const message = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    throw new ConfigError(message);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const alipay = alipayFrom(e);
  const seedDemo = e.SEED_DEMO ?? (opts.demoByDefault === true && !production);

  if (production) {
    if (!e.JWT_SECRET) throw new ConfigError('JWT_SECRET is required when NODE_ENV=production (no generated secret in production)');
    if (!alipay) throw new ConfigError('ALIPAY_APP_ID is required when NODE_ENV=production (the payment sandbox is refused in production)');
    if (seedDemo) throw new ConfigError('SEED_DEMO must be off when NODE_ENV=production (demo accounts are refused in production)');
    if (!e.PUBLIC_BASE_URL) throw new ConfigError('PUBLIC_BASE_URL is required when NODE_ENV=production');
  }

  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'mysql', url: e.DATABASE_URL }
      : { kind: 'sqlite', path: e.SQLITE_PATH ?? `${e.DATA_DIR}/bangfu.sqlite` },
    meili: e.MEILI_HOST ? { host: e.MEILI_HOST, apiKey: e.MEILI_API_KEY } : null,
    alipay,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    seedDemo,
    scheduledJobs: e.SCHEDULED_JOBS ?? true,
    // The history exists only with the demo data it sells.
    seedDemoHistory: seedDemo && (e.SEED_DEMO_HISTORY ?? true),
    jwtSecret: e.JWT_SECRET ?? null,
    dataDir: e.DATA_DIR,
    fileStorageDir: e.FILE_STORAGE_DIR ?? `${e.DATA_DIR}/files`,
    logLevel: e.LOG_LEVEL,
    orders: { paymentTimeoutMinutes: e.ORDER_PAYMENT_TIMEOUT_MINUTES, autoConfirmDays: e.ORDER_AUTO_CONFIRM_DAYS },
    procurement: { confirmHours: e.PROCUREMENT_CONFIRM_HOURS, pdfFontPath: e.PDF_FONT_PATH ?? null },
    s3: s3From(e),
    metrics: { enabled: e.METRICS_ENABLED ?? true, token: e.METRICS_TOKEN ?? null },
    trustProxy: e.TRUST_PROXY,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
