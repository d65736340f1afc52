import { describe, expect, it } from 'vitest';
import { allowedActions } from './actions';
import type { ManagedProduct } from './api';

type P = Pick<ManagedProduct, 'status' | 'certifications' | 'skus'>;
const cert = (review: 'PENDING' | 'APPROVED' | 'REJECTED', validTo = '2027-12-31') =>
  ({ type: 'ASSISTANCE', review, validFrom: '2026-01-01', validTo }) as ManagedProduct['certifications'][number];
const sku = { enabled: true } as ManagedProduct['skus'][number];
const product = (status: P['status'], certs = [cert('APPROVED')]): P => ({ status, certifications: certs, skus: [sku] });
const today = '2026-06-01';

describe('allowedActions', () => {
  it('lets drafts and rejected products be submitted, once admitted', () => {
    expect(allowedActions(product('DRAFT', [cert('PENDING')]), 'APPROVED', today)).toMatchObject({ submit: true, list: false, unlist: false, edit: true, blockedReason: null });
    expect(allowedActions(product('REJECTED'), 'APPROVED', today).submit).toBe(true);
  });

  it('freezes a product under its first review', () => {
    expect(allowedActions(product('SUBMITTED'), 'APPROVED', today)).toMatchObject({ submit: false, list: false, unlist: false, edit: false });
  });

  it('lists approved and unlisted products, unlists listed ones', () => {
    expect(allowedActions(product('APPROVED'), 'APPROVED', today)).toMatchObject({ list: true, unlist: false, editsNeedReview: true });
    expect(allowedActions(product('UNLISTED'), 'APPROVED', today).list).toBe(true);
    expect(allowedActions(product('LISTED'), 'APPROVED', today)).toMatchObject({ list: false, unlist: true, blockedReason: null });
  });

  it('explains why submitting or listing is blocked', () => {
    expect(allowedActions(product('DRAFT'), 'PENDING', today).blockedReason).toMatch(/准入/);
    expect(allowedActions(product('DRAFT', []), 'APPROVED', today).blockedReason).toMatch(/消费帮扶产品认定/);
    expect(allowedActions(product('DRAFT', [cert('APPROVED', '2026-05-31')]), 'APPROVED', today).blockedReason).toMatch(/有效期/);
    expect(allowedActions(product('DRAFT', [cert('REJECTED')]), 'APPROVED', today).blockedReason).toMatch(/消费帮扶产品认定/);
    expect(allowedActions(product('APPROVED', [cert('PENDING')]), 'APPROVED', today).blockedReason).toMatch(/审核通过后/);
    expect(allowedActions({ ...product('DRAFT'), skus: [{ ...sku, enabled: false }] }, 'APPROVED', today).blockedReason).toMatch(/规格/);
  });

  it('never blocks unlisting', () => {
    expect(allowedActions(product('LISTED', []), 'SUSPENDED', today)).toMatchObject({ unlist: true, blockedReason: null });
  });
});
