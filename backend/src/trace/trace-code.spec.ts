import { newTraceCode, normaliseTraceCode, TRACE_CODE_ALPHABET, TRACE_CODE_LENGTH } from './trace-code';

describe('trace codes', () => {
  it('are 16 symbols of Crockford base32, without I, L, O or U', () => {
    expect(TRACE_CODE_ALPHABET).toHaveLength(32);
    expect(TRACE_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    for (let i = 0; i < 200; i++) expect(newTraceCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(TRACE_CODE_LENGTH).toBe(16);
  });

  it('do not repeat and use every symbol (random, not sequential)', () => {
    const codes = Array.from({ length: 20_000 }, newTraceCode);
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.join(''));
    expect(seen.size).toBe(32);
    // Consecutive codes share no common prefix the way counters or time-based ids would.
    const sharedPrefix = codes.slice(1).filter((c, i) => c.slice(0, 4) === codes[i].slice(0, 4)).length;
    expect(sharedPrefix).toBeLessThan(5);
  });

  it('read typed codes leniently and refuse anything that cannot be one', () => {
    const code = newTraceCode();
    expect(normaliseTraceCode(code)).toBe(code);
    expect(normaliseTraceCode(code.toLowerCase())).toBe(code);
    expect(normaliseTraceCode(`${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`)).toBe(code);
    expect(normaliseTraceCode('O1IL0000000000AB')).toBe('0111000000000' + '0AB');
    expect(normaliseTraceCode('U000000000000000')).toBeNull();
    expect(normaliseTraceCode(code.slice(1))).toBeNull();
    expect(normaliseTraceCode(code + 'A')).toBeNull();
    expect(normaliseTraceCode("1' OR '1'='1")).toBeNull();
    expect(normaliseTraceCode('9'.repeat(300))).toBeNull();
    expect(normaliseTraceCode('中文中文中文中文中文中文中文中文')).toBeNull();
  });
});
