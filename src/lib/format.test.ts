import { describe, expect, it, vi } from 'vitest';
import { formatCount, formatDateTime, formatDay, formatNumber, formatRelative } from './format';

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

describe('formatNumber', () => {
  const intl = new Intl.NumberFormat('en');
  const wholeNumbers = [
    0,
    1,
    7,
    12,
    100,
    999,
    1000,
    1001,
    9999,
    10000,
    12345,
    100000,
    999999,
    1000000,
    1234567,
    Number.MAX_SAFE_INTEGER,
    -1,
    -999,
    -1000,
    -1234567,
  ];

  it.each(wholeNumbers)('writes the whole number %i as Intl.NumberFormat does', (value) => {
    expect(formatNumber(value)).toBe(intl.format(value));
  });

  // Paces and other numbers with up to three decimals, as the forecast shows them.
  const decimals = [
    ...Array.from({ length: 401 }, (_, i) => Math.round((i - 200) * 0.7) / 10),
    ...Array.from({ length: 200 }, (_, i) => Math.round(i * 37.913) / 1000),
    0.5,
    1234.5,
    1234567.125,
    -9876.54,
    2.675,
    0.001,
  ];

  it('writes numbers with up to three decimals as Intl.NumberFormat does', () => {
    for (const value of decimals)
      expect(formatNumber(value), String(value)).toBe(intl.format(value));
  });

  it('builds no Intl number formatter for them, which would load ICU data on a page', async () => {
    vi.resetModules();
    const built = vi.spyOn(Intl, 'NumberFormat');
    const fresh = await import('./format');
    for (const value of [...wholeNumbers, ...decimals]) fresh.formatNumber(value);
    expect(built).not.toHaveBeenCalled();
    fresh.formatNumber(2 / 3);
    expect(built).toHaveBeenCalledTimes(1);
    built.mockRestore();
  });

  it.each([-0, 0.0001, 0.12345, 2 / 3, 1e-7, 1e21, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity])(
    'leaves %d, which JavaScript writes otherwise than Intl, to Intl.NumberFormat',
    (value) => {
      expect(formatNumber(value)).toBe(intl.format(value));
    },
  );
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

  const intl = new Intl.DateTimeFormat('en', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  // Every day of a leap year and the days around it: each weekday and month, 1- and 2-digit days.
  const days = Array.from({ length: 400 }, (_, index) =>
    new Date(Date.UTC(2027, 11, 31 - index)).toISOString().slice(0, 10),
  );
  it('writes each of 400 days as Intl.DateTimeFormat does', () => {
    for (const day of days) expect(formatDay(day)).toBe(intl.format(new Date(`${day}T12:00:00Z`)));
  });
});

describe('formatDateTime', () => {
  const intl = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  // Every hour and a spread of minutes across a year: midnight, noon, AM and PM, 1-digit hours.
  const instants = Array.from(
    { length: 24 * 40 },
    (_, index) =>
      new Date(Date.UTC(2026, 0, 1) + index * (9 * 24 + 1) * 3_600_000 + (index % 60) * 60_000),
  );
  it.each(['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'])(
    'writes 960 instants as Intl.DateTimeFormat does, in the local time zone (%s)',
    (timeZone) => {
      vi.stubEnv('TZ', timeZone);
      try {
        const local = new Intl.DateTimeFormat('en', {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone,
        });
        for (const instant of instants) {
          expect(formatDateTime(instant.toISOString())).toBe(local.format(instant));
        }
      } finally {
        vi.unstubAllEnvs();
      }
    },
  );
  it('matches the default formatter in the clock’s own time zone', () => {
    for (const instant of instants.slice(0, 50)) {
      expect(formatDateTime(instant.toISOString())).toBe(intl.format(instant));
    }
  });
});
