import { creditCodeCheckChar, isValidCreditCode } from './credit-code';

describe('unified social credit code', () => {
  it('accepts published codes', () => {
    // Codes printed on public business licences.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91440300708461136T')).toBe(true);
  });
  it('rejects a wrong check character, bad letters and bad length', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });
  it('computes the check character', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });
});
