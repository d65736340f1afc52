import { describe, expect, it } from 'vitest';
import { toNamePath } from './formErrors';

describe('toNamePath', () => {
  it('turns list indexes into numbers', () => {
    expect(toNamePath('licences.0.number')).toEqual(['licences', 0, 'number']);
    expect(toNamePath('contact.phone')).toEqual(['contact', 'phone']);
    expect(toNamePath('name')).toEqual(['name']);
  });
});
