import { randomBytes } from 'node:crypto';

/**
 * Trace codes (追溯码): 16 symbols of Crockford's base32 (no I, L, O or U, so nothing reads as another
 * symbol) carrying 80 random bits from the system CSPRNG. A code never derives from an id or a
 * counter, so holding one code tells nothing about any other batch.
 */
export const TRACE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACE_CODE_LENGTH = 16;
/** Column width: room for longer codes later without a migration. */
export const TRACE_CODE_COLUMN_LENGTH = 24;

export function newTraceCode(): string {
  const bytes = randomBytes((TRACE_CODE_LENGTH * 5) / 8); // 10 bytes = 80 bits = 16 symbols, no modulo bias
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += TRACE_CODE_ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

/**
 * The canonical form of a code someone typed or scanned, or null when it cannot be one. Following
 * Crockford, case is ignored, hyphens and spaces are dropped, O reads as 0 and I/L as 1.
 */
export function normaliseTraceCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const s = input
    .toUpperCase()
    .replace(/[-\s]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== TRACE_CODE_LENGTH) return null;
  for (const ch of s) if (!TRACE_CODE_ALPHABET.includes(ch)) return null;
  return s;
}
