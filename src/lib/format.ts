/** Numbers, plurals and relative times through Intl, so copy never hand-builds "1 credits". */

const LOCALE = 'en';

/**
 * Made on first use: building an Intl formatter is costly. The first number or date formatter a
 * page builds also loads the locale's data: 20 to 67 ms on our 2-core machine, before Lighthouse
 * multiplies it by 4 for a phone, which is more than React itself takes to start. The first page
 * needs only whole numbers and plurals (the gauge): plural rules cost 1 to 4 ms, and whole numbers
 * need no formatter at all (see `formatNumber`).
 */
function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const plurals = onFirstUse(() => new Intl.PluralRules(LOCALE));
const numbers = onFirstUse(() => new Intl.NumberFormat(LOCALE));
const relative = onFirstUse(() => new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' }));
const dateTime = onFirstUse(
  () => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }),
);
const dayFormat = onFirstUse(
  () => new Intl.DateTimeFormat(LOCALE, { weekday: 'short', month: 'short', day: 'numeric' }),
);

/** Every whole number digit for digit as `Intl.NumberFormat('en')` writes it (the tests compare). */
const THOUSANDS = /\B(?=(\d{3})+$)/g;

export function formatNumber(value: number): string {
  // A whole number in English is its digits in groups of three, so counts never need ICU.
  return Number.isSafeInteger(value) && !Object.is(value, -0)
    ? String(value).replace(THOUSANDS, ',')
    : numbers().format(value);
}

/** `count(1, 'credit')` -> "1 credit"; `count(2, 'credit')` -> "2 credits". */
export function formatCount(value: number, one: string, other = `${one}s`): string {
  return `${formatNumber(value)} ${plurals().select(value) === 'one' ? one : other}`;
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
