import { describe, expect, it, vi } from 'vitest';
import { createFormats } from './formats';

// Formats are Intl's own: each is compared with a formatter built here, in three locales.
const LOCALES = ['en', 'fr', 'de'] as const;

describe.each(LOCALES)('formats in %s', (locale) => {
  const f = createFormats(locale);

  it('writes numbers as Intl.NumberFormat does', () => {
    const intl = new Intl.NumberFormat(locale);
    for (const value of [0, 1, 7, 999, 1000, 1234, 12345.5, 1234567, -42, 2.5, 0.125]) {
      expect(f.number(value)).toBe(intl.format(value));
    }
  });

  it('picks plural forms with Intl.PluralRules and writes # as the number', () => {
    const rules = new Intl.PluralRules(locale);
    const forms = { one: 'one:#', other: 'other:#' };
    for (const value of [0, 1, 2, 5, 1000, 1.5]) {
      const form = rules.select(value) === 'one' ? 'one' : 'other';
      expect(f.plural(value, forms)).toBe(`${form}:${f.number(value)}`);
    }
  });

  it('prefers an exact form', () => {
    expect(f.plural(0, { '=0': 'none', one: '#', other: '#' })).toBe('none');
  });

  const instants = Array.from(
    { length: 300 },
    (_, index) => new Date(Date.UTC(2026, 0, 1) + index * 29 * 3_600_000 + (index % 60) * 60_000),
  );

  it('writes a date and time as Intl.DateTimeFormat does, in the local time zone', () => {
    vi.stubEnv('TZ', 'Europe/Paris');
    try {
      const intl = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      });
      for (const instant of instants) {
        expect(createFormats(locale).dateTime(instant.toISOString())).toBe(intl.format(instant));
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('writes a date and time in UTC, naming it', () => {
    const instant = '2026-12-06T20:13:00Z';
    expect(f.dateTime(instant, 'UTC')).toBe(
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      }).format(new Date(instant)),
    );
    expect(f.dateTime(instant, 'UTC')).toContain('UTC');
  });

  it('writes a calendar day as that day, whatever the time zone', () => {
    const intl = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    try {
      for (let index = 0; index < 400; index++) {
        const date = new Date(Date.UTC(2027, 11, 31 - index));
        expect(f.day(date.toISOString().slice(0, 10))).toBe(intl.format(date));
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('writes relative times as Intl.RelativeTimeFormat does', () => {
    const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(f.relative('2026-11-24T11:59:50Z', now)).toBe(intl.format(0, 'second'));
    expect(f.relative('2026-11-24T11:55:00Z', now)).toBe(intl.format(-5, 'minute'));
    expect(f.relative('2026-11-24T09:00:00Z', now)).toBe(intl.format(-3, 'hour'));
    expect(f.relative('2026-11-23T12:00:00Z', now)).toBe(intl.format(-1, 'day'));
    expect(f.relative('2026-11-10T12:00:00Z', now)).toBe(intl.format(-2, 'week'));
    expect(f.relative('2026-11-24T12:10:00Z', now)).toBe(intl.format(10, 'minute'));
  });

  it('writes lists as Intl.ListFormat does', () => {
    const intl = new Intl.ListFormat(locale, { type: 'conjunction' });
    expect(f.list(['a', 'b', 'c'])).toBe(intl.format(['a', 'b', 'c']));
  });

  it('says when: relative with the exact local time, or UTC before hydration', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    const iso = '2026-11-24T11:55:00Z';
    expect(f.when(iso, now)).toEqual({ text: f.relative(iso, now), exact: f.dateTime(iso) });
    expect(f.when(iso, null)).toEqual({
      text: f.dateTime(iso, 'UTC'),
      exact: f.dateTime(iso, 'UTC'),
    });
  });
});

describe('French formats', () => {
  const f = createFormats('fr');
  it('are French, as the issue asks', () => {
    expect(f.number(1234)).toBe('1\u202f234');
    expect(f.dateTime('2026-12-06T20:13:00Z', 'UTC')).toBe('6 déc. 2026, 20:13 UTC');
    expect(f.plural(0, { one: '# crédit', other: '# crédits' })).toBe('0 crédit');
    expect(f.plural(2, { one: '# crédit', other: '# crédits' })).toBe('2 crédits');
  });
});
