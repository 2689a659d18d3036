import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, formatRelative } from './format';

describe('formatCount', () => {
  it.each([
    [0, '0 credits'],
    [1, '1 credit'],
    [2, '2 credits'],
    [12345, '12,345 credits'],
  ])('says %i as "%s"', (value, text) => {
    expect(formatCount(value, 'credit')).toBe(text);
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  it.each([
    ['2026-11-24T11:59:50Z', 'now'],
    ['2026-11-24T11:55:00Z', '5 minutes ago'],
    ['2026-11-23T12:00:00Z', 'yesterday'],
    ['2026-11-21T12:00:00Z', '3 days ago'],
  ])('says %s as "%s"', (iso, text) => {
    expect(formatRelative(iso, now)).toBe(text);
  });
});

describe('formatDay', () => {
  it('names a calendar day as that day, whatever the clock’s time zone', () => {
    expect(formatDay('2026-11-24')).toBe('Tue, Nov 24');
    expect(formatDay('2026-01-01')).toBe('Thu, Jan 1');
  });
});
