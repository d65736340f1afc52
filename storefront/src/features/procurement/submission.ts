import { ApiError } from '@bangfu/api-client';
import { canonical, newKey } from '../checkout/idempotency';

/**
 * One Idempotency-Key per submission attempt: created when the buyer first submits a given body and
 * reused for every retry of that same body (a timeout or 5xx cannot create a second order); a changed
 * body (another quantity, date, canteen) is a new attempt with a new key, since the server refuses a
 * key reused for another body. Kept in sessionStorage so a reload mid-retry keeps it too.
 */
export function attemptKeys(storageKey: string) {
  const store = (): Storage | null => {
    try {
      return window.sessionStorage;
    } catch {
      return null;
    }
  };
  return {
    keyFor(body: unknown): string {
      const s = store();
      const text = canonical(body);
      try {
        const saved = JSON.parse(s?.getItem(storageKey) ?? 'null') as { key: string; body: string } | null;
        if (saved && saved.body === text && typeof saved.key === 'string') return saved.key;
      } catch {
        /* a broken entry is replaced below */
      }
      const key = newKey();
      s?.setItem(storageKey, JSON.stringify({ key, body: text }));
      return key;
    },
    /** The orders exist: the next submission is a new attempt. */
    forget(): void {
      store()?.removeItem(storageKey);
    },
  };
}

/** An API failure with its raw `details` (ApiError keeps only field-error arrays). */
export class SubmitError extends ApiError {
  readonly raw: unknown;
  constructor(status: number, body: unknown) {
    super(status, body);
    this.raw = (body as { details?: unknown } | undefined)?.details;
  }
}

type Result<T> = { data?: T; error?: unknown; response: Response };

export async function unwrapRaw<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw new SubmitError(response.status, error);
  return data as T;
}

/**
 * Errors that belong to one line, by SKU id, in Chinese: below the agency minimum, out of stock, or
 * no longer on sale (keys lower-cased, as the server answers them). Other errors (date, canteen, network) are shown for the whole form.
 */
export function lineErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof SubmitError)) return out;
  const d = err.raw as Record<string, unknown> | { skuId?: string; reason?: string }[] | undefined;
  if (Array.isArray(d)) {
    for (const p of d) if (p && typeof p.skuId === 'string') out[p.skuId.toLowerCase()] = p.reason ?? err.message;
    return out;
  }
  const skuId = d && typeof d.skuId === 'string' ? d.skuId.toLowerCase() : null;
  if (!skuId) return out;
  if (err.code === 'BELOW_AGENCY_MINIMUM') out[skuId] = `低于起订量：${err.message}`;
  else if (err.code === 'OUT_OF_STOCK') out[skuId] = `库存不足：${err.message}`;
  else out[skuId] = err.message;
  return out;
}
