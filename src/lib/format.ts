/** Numbers, plurals and relative times through Intl, so copy never hand-builds "1 credits". */

const LOCALE = 'en';
const plurals = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE);

/**
 * Made on first use: building an Intl formatter is costly (about 5 ms each on a slow phone), and
 * the first page most often needs only numbers and plurals (the gauge).
 */
function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const relative = onFirstUse(() => new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' }));
const dateTime = onFirstUse(
  () => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }),
);
const dayFormat = onFirstUse(
  () => new Intl.DateTimeFormat(LOCALE, { weekday: 'short', month: 'short', day: 'numeric' }),
);

export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** `count(1, 'credit')` -> "1 credit"; `count(2, 'credit')` -> "2 credits". */
export function formatCount(value: number, one: string, other = `${one}s`): string {
  return `${formatNumber(value)} ${plurals.select(value) === 'one' ? one : other}`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "5 minutes ago", "yesterday", "now". */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return Math.abs(seconds) < 45 && unit === 'second'
        ? relative().format(0, 'second')
        : relative().format(Math.round(seconds / size), unit);
    }
  }
  return relative().format(0, 'second');
}

export function formatDateTime(iso: string): string {
  return dateTime().format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`), read at local noon so it can never slip to the day before. */
export function formatDay(day: string): string {
  return dayFormat().format(new Date(`${day}T12:00:00`));
}
