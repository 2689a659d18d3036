/**
 * Numbers, plurals, dates, relative times and lists in one locale, all from the platform's `Intl`.
 * Each formatter is made on first use: building one loads that locale's data.
 */

/** The plural forms of a message: CLDR categories, `=N` for an exact value; `#` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>> & {
  other: string;
};

export interface Formats {
  /** The locale `Intl` formats in (a pseudo-locale formats in its base). */
  readonly locale: string;
  number(value: number): string;
  /** `plural(2, { one: '# credit', other: '# credits' })` -> "2 credits". */
  plural(value: number, forms: PluralForms): string;
  /** Date and time of day, in the browser's time zone, or in UTC (the same on a server). */
  dateTime(iso: string, timeZone?: 'UTC'): string;
  /** A calendar day (`YYYY-MM-DD`) with its weekday, read as a date, never slipping a day. */
  day(day: string): string;
  /** "5 minutes ago", "yesterday", "now", relative to `now`. */
  relative(iso: string, now: number): string;
  /** "a, b and c". */
  list(items: readonly string[]): string;
  /**
   * When something happened: relative to `now`, with its exact local time. Without `now` (while a
   * server renders and the browser hydrates) the exact time in UTC, which both agree on.
   */
  when(iso: string, now: number | null): { text: string; exact: string };
}

function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export function createFormats(locale: string): Formats {
  const numbers = onFirstUse(() => new Intl.NumberFormat(locale));
  const plurals = onFirstUse(() => new Intl.PluralRules(locale));
  const local = onFirstUse(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  // dateStyle cannot be combined with a time zone name, so the parts are named one by one.
  const utc = onFirstUse(
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      }),
  );
  const days = onFirstUse(
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }),
  );
  const relatives = onFirstUse(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const lists = onFirstUse(() => new Intl.ListFormat(locale, { type: 'conjunction' }));

  const formats: Formats = {
    locale,
    number: (value) => numbers().format(value),
    plural(value, forms) {
      const form = forms[`=${value}`] ?? forms[plurals().select(value)] ?? forms.other;
      return form.replaceAll('#', formats.number(value));
    },
    dateTime: (iso, timeZone) => (timeZone ? utc() : local()).format(new Date(iso)),
    day(day) {
      const [year, month, date] = day.split('-').map(Number) as [number, number, number];
      return days().format(new Date(Date.UTC(year, month - 1, date)));
    },
    relative(iso, now) {
      const seconds = Math.round((Date.parse(iso) - now) / 1000);
      if (Math.abs(seconds) < 45) return relatives().format(0, 'second');
      for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size) {
          return relatives().format(Math.round(seconds / size), unit);
        }
      }
      return relatives().format(Math.round(seconds / 60), 'minute');
    },
    list: (items) => lists().format(items),
    when(iso, now) {
      if (now === null) {
        const exact = formats.dateTime(iso, 'UTC');
        return { text: exact, exact };
      }
      return { text: formats.relative(iso, now), exact: formats.dateTime(iso) };
    },
  };
  return formats;
}
