import { describe, expect, it } from 'vitest';
import { todayInShanghai } from './dates';

describe('todayInShanghai', () => {
  it('uses Beijing time, not UTC', () => {
    expect(todayInShanghai(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(todayInShanghai(new Date('2026-06-30T15:59:00Z'))).toBe('2026-06-30');
  });
});
