import { createSign, createVerify } from 'node:crypto';

/**
 * Alipay's RSA2 signing as the gateway side does it: the parameters sorted by name, `k=v` joined
 * with `&`, values as sent (not URL-encoded), empty values left out, signed with SHA256withRSA.
 * Requests are signed over everything but `sign`; notifications and return parameters over
 * everything but `sign` and `sign_type`.
 */
export function signContent(params: Record<string, string>, omit: string[]): string {
  return Object.keys(params)
    .filter((k) => !omit.includes(k) && params[k] !== undefined && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

export function rsa2Sign(content: string, privateKey: string): string {
  return createSign('RSA-SHA256').update(content, 'utf8').sign(privateKey, 'base64');
}

export function rsa2Verify(content: string, signature: string, publicKey: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

/** Signs notification / return parameters as Alipay does (sign_type added, not signed). */
export function signNotification(params: Record<string, string>, alipayPrivateKey: string): Record<string, string> {
  const withType = { ...params, sign_type: 'RSA2' };
  return { ...withType, sign: rsa2Sign(signContent(withType, ['sign', 'sign_type']), alipayPrivateKey) };
}

/** Alipay's time format, Beijing time: 2026-06-01 12:00:00. */
export function alipayTime(d = new Date()): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
