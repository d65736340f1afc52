import { AlipayConfig, AppConfig } from '../config/app-config';
import { resolveSandboxKeys, SANDBOX_APP_ID, SANDBOX_GATEWAY_PATH, SANDBOX_SELLER_ID, SandboxKeys } from './sandbox/sandbox-keys';

/**
 * The merchant settings the Alipay provider runs with: the configured Alipay app, or — when
 * ALIPAY_* are unset (never in production: the configuration refuses it) — the local sandbox's app,
 * whose gateway is mounted in this backend at PUBLIC_BASE_URL + SANDBOX_GATEWAY_PATH.
 */
export interface AlipaySettings extends AlipayConfig {
  sandbox: boolean;
}

export const ALIPAY_SETTINGS = Symbol('ALIPAY_SETTINGS');
export const SANDBOX_KEYS = Symbol('SANDBOX_KEYS');

export function alipaySettings(config: AppConfig, keys: SandboxKeys | null): AlipaySettings {
  if (config.alipay) return { ...config.alipay, sandbox: false };
  if (!keys) throw new Error('the payment sandbox needs its keys');
  return {
    sandbox: true,
    appId: SANDBOX_APP_ID,
    sellerId: SANDBOX_SELLER_ID,
    privateKey: keys.merchantPrivateKey,
    publicKey: keys.alipayPublicKey,
    gateway: `${config.publicBaseUrl}${SANDBOX_GATEWAY_PATH}`,
    keyType: 'PKCS1',
  };
}

export function sandboxKeysFor(config: AppConfig): SandboxKeys | null {
  if (config.alipay) return null;
  if (config.nodeEnv === 'production') throw new Error('the payment sandbox is refused in production');
  return resolveSandboxKeys(config);
}
