/** Numbers, plurals and relative times through Intl, so copy never hand-builds "1 credits". */

const LOCALE = 'en';

/**
 * Made on first use: building an Intl formatter is costly. The first number or date formatter a
 * page builds also loads the locale's data: 20 to 67 ms on our 2-core machine, before Lighthouse
 * multiplies it by 4 for a phone, which is more than React itself takes to start. The first page
 * needs only whole numbers and plurals (the gauge): plural rules cost 1 to 4 ms, and the numbers
 * the app shows need no formatter at all (see `formatNumber`).
 */
function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const plurals = onFirstUse(() => new Intl.PluralRules(LOCALE));
const numbers = onFirstUse(() => new Intl.NumberFormat(LOCALE));
const relative = onFirstUse(() => new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' }));

/**
 * Numbers digit for digit as `Intl.NumberFormat('en')` writes them (the tests compare), without
 * ICU for the ones the app shows: whole numbers, and paces such as "2.5 credits a day". In English
 * that is the digits with the whole part in groups of three, and Intl keeps at most three
 * decimals; when JavaScript's own writing of the number already fits that, it is the answer.
 * Anything else (more decimals, exponents, -0, NaN, unsafe integers) goes to Intl. On the billing
 * page, the forecast's first decimal had built the first number formatter: 35 to 65 ms here.
 */
const PLAIN = /^(-?)(\d+)(\.\d{1,3})?$/;
const THOUSANDS = /\B(?=(\d{3})+$)/g;

export function formatNumber(value: number): string {
  const plain = Object.is(value, -0) ? null : PLAIN.exec(String(value));
  if (!plain || !Number.isSafeInteger(Math.trunc(value))) return numbers().format(value);
  const [, sign, whole = '', fraction = ''] = plain;
  return `${sign}${whole.replace(THOUSANDS, ',')}${fraction}`;
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

/*
 * Dates are written by hand, word for word as `Intl.DateTimeFormat('en')` writes them (the tests
 * compare across the year and the clock): the first date formatter a page builds loads ICU's date
 * patterns, 41 to 59 ms here, four times that on Lighthouse's phone, in the billing page's first
 * render. English month and weekday names need none of that; the local time zone is the Date's.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * "Nov 24, 2026, 3:05 PM", in the local time zone: `dateStyle: 'medium', timeStyle: 'short'`.
 * `'UTC'`: "Nov 24, 2026, 2:05 PM UTC", the same on a server and in any browser.
 */
export function formatDateTime(iso: string, timeZone: 'local' | 'UTC' = 'local'): string {
  const date = new Date(iso);
  const utc = timeZone === 'UTC';
  const [year, month, day, hours, minutes] = utc
    ? [
        date.getUTCFullYear(),
        date.getUTCMonth(),
        date.getUTCDate(),
        date.getUTCHours(),
        date.getUTCMinutes(),
      ]
    : [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()];
  return `${MONTHS[month]} ${day}, ${year}, ${hours % 12 || 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}${utc ? ' UTC' : ''}`;
}

/**
 * When something happened: "5 minutes ago" beside `now`, with its exact local time. Without `now`
 * (while the server renders and the browser hydrates) its exact time in UTC, which both agree on.
 */
export function formatWhen(iso: string, now: number | null): { text: string; exact: string } {
  if (now === null) {
    const utc = formatDateTime(iso, 'UTC');
    return { text: utc, exact: utc };
  }
  return { text: formatRelative(iso, now), exact: formatDateTime(iso) };
}

/** A calendar day (`YYYY-MM-DD`) as "Tue, Nov 24": read as a calendar date, never slipping a day. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${date}`;
}
