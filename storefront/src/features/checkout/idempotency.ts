/**
 * The Idempotency-Key of a checkout. One key per order attempt, kept (in sessionStorage, so a reload
 * keeps it too) for as long as the buyer retries the same body: a timed-out or failed submission sent
 * again cannot create a second order. A different body (another address, coupon or quantity) gets a
 * new key, since the server refuses a key reused for another body.
 */
const KEY = 'bangfu.storefront.checkoutKey';

export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function newKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function store(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The key for this body: the pending one when the body is the same, otherwise a new one. */
export function idempotencyKeyFor(body: unknown): string {
  const s = store();
  const text = canonical(body);
  try {
    const saved = JSON.parse(s?.getItem(KEY) ?? 'null') as { key: string; body: string } | null;
    if (saved && saved.body === text && typeof saved.key === 'string') return saved.key;
  } catch {
    /* a broken entry is replaced below */
  }
  const key = newKey();
  s?.setItem(KEY, JSON.stringify({ key, body: text }));
  return key;
}

/** The order exists: the next checkout is a new attempt. */
export function forgetIdempotencyKey(): void {
  store()?.removeItem(KEY);
}
