import { describe, expect, it } from 'vitest';
import { creditCodeProblem } from './creditCode';

describe('creditCodeProblem', () => {
  it('accepts codes with the right check character, in any case', () => {
    expect(creditCodeProblem('93451022MA5N2XK414')).toBeNull(); // the demo co-op
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('93451022ma5n2xk414')).toBeNull();
    expect(creditCodeProblem('')).toBeNull();
  });

  it('explains what is wrong', () => {
    expect(creditCodeProblem('93451022MA5N2XK41')).toMatch(/18 位/);
    expect(creditCodeProblem('93451022MA5N2XK41I')).toMatch(/格式/);
    expect(creditCodeProblem('93451022MA5N2XK415')).toMatch(/校验位/);
  });
});
