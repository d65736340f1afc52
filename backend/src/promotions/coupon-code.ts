import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U

/** A coupon code: UC + 10 Crockford base32 characters (50 random bits); easy to read out and type. */
export function newCouponCode(): string {
  const bytes = randomBytes(10);
  let out = 'UC';
  for (let i = 0; i < 10; i++) out += ALPHABET[bytes[i] & 31];
  return out;
}

/** What a member types: case and separators do not matter. */
export const normaliseCouponCode = (code: unknown): string => (typeof code === 'string' ? code.trim().toUpperCase().replace(/[\s-]/g, '') : '');
