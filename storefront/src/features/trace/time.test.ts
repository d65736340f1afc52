import { describe, expect, it } from 'vitest';
import { formatAtOffset } from './time';

describe('formatAtOffset', () => {
  it('shows the wall time at the event offset', () => {
    expect(formatAtOffset('2025-06-20T00:30:00.000Z', '+08:00')).toBe('2025-06-20 08:30');
    expect(formatAtOffset('2025-06-20T00:30:00.000Z', '-05:30')).toBe('2025-06-19 19:00');
    expect(formatAtOffset('2025-12-31T20:00:00Z', '+08:00')).toBe('2026-01-01 04:00');
  });
  it('falls back to UTC for an unreadable offset', () => {
    expect(formatAtOffset('2025-06-20T00:30:00.000Z', 'Z')).toBe('2025-06-20 00:30');
  });
});
