import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig } from './app-config';

const fails = (env: NodeJS.ProcessEnv, opts = {}) => {
  try {
    loadConfig(env, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a configuration error');
};

const keys = () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const body = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----')).join('');
  return {
    priv: body(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    pub: body(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
};

describe('configuration', () => {
  it('has embedded defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, database: { kind: 'sqlite', path: 'data/bangfu.sqlite' }, meili: null, alipay: null, seedDemo: false, jwtSecret: null });
    expect(c.publicBaseUrl).toBe('http://localhost:3000');
    expect(loadConfig({}, { demoByDefault: true }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'off' }, { demoByDefault: true }).seedDemo).toBe(false);
    // The sales history comes with the demo unless turned off, and never without it.
    expect(loadConfig({}, { demoByDefault: true }).seedDemoHistory).toBe(true);
    expect(loadConfig({ SEED_DEMO_HISTORY: 'off' }, { demoByDefault: true }).seedDemoHistory).toBe(false);
    expect(loadConfig({ SEED_DEMO_HISTORY: 'on' }).seedDemoHistory).toBe(false);
  });

  it('names the bad setting in one line', () => {
    expect(fails({ PORT: 'abc' })).toBe('PORT must be a number');
    expect(fails({ PORT: '70000' })).toBe('PORT must be between 1 and 65535');
    expect(fails({ DATABASE_URL: 'postgres://x@y/z' })).toBe('DATABASE_URL must be a mysql: or mariadb: URL');
    expect(fails({ SEED_DEMO: 'maybe' })).toBe('SEED_DEMO must be one of true/false/1/0/on/off');
    expect(fails({ JWT_SECRET: 'short' })).toBe('JWT_SECRET must be at least 32 characters');
    expect(fails({ MEILI_HOST: 'not a url' })).toBe('MEILI_HOST must be a http: or https: URL');
    expect(fails({ ALIPAY_APP_ID: '2021000000000001' })).toBe('ALIPAY_PRIVATE_KEY is required when ALIPAY_APP_ID is set');
    for (const msg of [fails({ PORT: 'abc' }), fails({ NODE_ENV: 'staging' })]) expect(msg).not.toContain('\n');
  });

  it('keeps uploaded files under DATA_DIR unless FILE_STORAGE_DIR says otherwise', () => {
    expect(loadConfig({}).fileStorageDir).toBe('data/files');
    expect(loadConfig({ DATA_DIR: '/var/lib/bangfu' }).fileStorageDir).toBe('/var/lib/bangfu/files');
    expect(loadConfig({ FILE_STORAGE_DIR: '/mnt/files' }).fileStorageDir).toBe('/mnt/files');
  });

  it('selects MySQL and Meilisearch by their variables', () => {
    const c = loadConfig({ DATABASE_URL: 'mysql://u:p@db:3306/bangfu', MEILI_HOST: 'http://meili:7700', MEILI_API_KEY: 'k' });
    expect(c.database).toEqual({ kind: 'mysql', url: 'mysql://u:p@db:3306/bangfu' });
    expect(c.meili).toEqual({ host: 'http://meili:7700', apiKey: 'k' });
  });

  it('accepts Alipay keys as the console shows them and rejects malformed ones', () => {
    const k = keys();
    const env = { ALIPAY_APP_ID: '2021000000000001', ALIPAY_PRIVATE_KEY: k.priv, ALIPAY_PUBLIC_KEY: k.pub, ALIPAY_SELLER_ID: '2088000000000001' };
    const c = loadConfig(env);
    expect(c.alipay?.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(c.alipay?.gateway).toBe('https://openapi.alipay.com/gateway.do');
    expect(fails({ ...env, ALIPAY_PRIVATE_KEY: 'bm90IGEga2V5' })).toBe('ALIPAY_PRIVATE_KEY is not a valid PKCS1 RSA private key');
    expect(fails({ ...env, ALIPAY_PUBLIC_KEY: 'bm90IGEga2V5' })).toBe('ALIPAY_PUBLIC_KEY is not a valid RSA public key');
  });

  it('refuses the embedded shortcuts in production', () => {
    const k = keys();
    const prod = {
      NODE_ENV: 'production',
      JWT_SECRET: 's'.repeat(40),
      PUBLIC_BASE_URL: 'https://bangfu.example.cn',
      ALIPAY_APP_ID: '2021000000000001',
      ALIPAY_PRIVATE_KEY: k.priv,
      ALIPAY_PUBLIC_KEY: k.pub,
      ALIPAY_SELLER_ID: '2088000000000001',
    };
    expect(loadConfig(prod, { demoByDefault: true }).seedDemo).toBe(false);
    expect(fails({ ...prod, JWT_SECRET: undefined })).toMatch(/^JWT_SECRET is required when NODE_ENV=production/);
    expect(fails({ ...prod, ALIPAY_APP_ID: undefined, ALIPAY_PRIVATE_KEY: undefined, ALIPAY_PUBLIC_KEY: undefined, ALIPAY_SELLER_ID: undefined })).toMatch(
      /payment sandbox is refused in production/,
    );
    expect(fails({ ...prod, SEED_DEMO: 'true' })).toMatch(/^SEED_DEMO must be off when NODE_ENV=production/);
  });
});
