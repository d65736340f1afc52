import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';

/**
 * The local payment sandbox's two RSA2 key pairs: the merchant's (the app signs requests with its
 * private key; the sandbox verifies them with the public one) and "Alipay's" (the sandbox signs
 * notifications and responses; the app verifies them with the public one, exactly as it would
 * Alipay's). Generated once and kept in $DATA_DIR/alipay-sandbox-keys.json, like the JWT secret;
 * tests generate them once per process and write nothing.
 */
export interface SandboxKeys {
  merchantPrivateKey: string;
  merchantPublicKey: string;
  alipayPrivateKey: string;
  alipayPublicKey: string;
}

/** The sandbox's merchant app and partner ids: the same shapes as real ones. */
export const SANDBOX_APP_ID = '2021000100000001';
export const SANDBOX_SELLER_ID = '2088100000000001';
/** Where the sandbox gateway is mounted (under the API prefix, so the storefront's fallback never shadows it). */
export const SANDBOX_PATH = '/api/sandbox/alipay';
export const SANDBOX_GATEWAY_PATH = `${SANDBOX_PATH}/gateway.do`;

export function generateRsaPair(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
}

function generate(): SandboxKeys {
  const merchant = generateRsaPair();
  const alipay = generateRsaPair();
  return {
    merchantPrivateKey: merchant.privateKey,
    merchantPublicKey: merchant.publicKey,
    alipayPrivateKey: alipay.privateKey,
    alipayPublicKey: alipay.publicKey,
  };
}

let perProcess: SandboxKeys | undefined;

export function resolveSandboxKeys(config: AppConfig): SandboxKeys {
  if (config.nodeEnv === 'test') return (perProcess ??= generate());
  const file = join(config.dataDir, 'alipay-sandbox-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as SandboxKeys;
  mkdirSync(config.dataDir, { recursive: true });
  const keys = generate();
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
