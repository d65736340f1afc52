// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { canonical, forgetIdempotencyKey, idempotencyKeyFor } from './idempotency';

describe('checkout Idempotency-Key', () => {
  beforeEach(() => sessionStorage.clear());
  const body = { items: [{ skuId: 'a', quantity: 2 }], address: { name: '陈', phone: '13800000005', region: '深圳', detail: '福华路' }, couponCode: 'X' };

  it('keeps the same key while the same body is retried, whatever the key order', () => {
    const k = idempotencyKeyFor(body);
    expect(k).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(idempotencyKeyFor({ couponCode: 'X', address: body.address, items: body.items })).toBe(k);
  });

  it('gives a new key for another body and after the order was created', () => {
    const k = idempotencyKeyFor(body);
    expect(idempotencyKeyFor({ ...body, couponCode: undefined })).not.toBe(k);
    const k2 = idempotencyKeyFor(body);
    forgetIdempotencyKey();
    expect(idempotencyKeyFor(body)).not.toBe(k2);
  });

  it('serialises objects canonically', () => {
    expect(canonical({ b: 1, a: [{ d: 2, c: 3 }], u: undefined })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});
