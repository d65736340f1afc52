/**
 * GB/T 2260 codes nest by digits: 44 0000 is the province, 4403 00 the city, 440304 the district.
 * The quota policy of an agency is looked up along this chain (district → city → province → national
 * '000000'), and operators' filters by a province or city take every code under it.
 */
export const NATIONAL_SCOPE = '000000';

/** The scopes whose policy may apply to a division, most specific first, ending with national. */
export function scopeChain(divisionCode: string): string[] {
  const chain = [divisionCode, `${divisionCode.slice(0, 4)}00`, `${divisionCode.slice(0, 2)}0000`, NATIONAL_SCOPE];
  return [...new Set(chain)];
}

/** The SQL LIKE pattern matching every division code under `code` (itself included). */
export function divisionLike(code: string): string {
  if (code === NATIONAL_SCOPE) return '%';
  if (code.endsWith('0000')) return `${code.slice(0, 2)}%`;
  if (code.endsWith('00')) return `${code.slice(0, 4)}%`;
  return code;
}
