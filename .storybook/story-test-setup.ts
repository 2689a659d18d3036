/**
 * What every story test runs with, loaded by the `storybook` Vitest projects (vitest.config.ts):
 * - waits for states with a ceiling fit for a slow, busy machine (a passing story never reaches it);
 * - a story whose render logs an error or a warning fails, as it would fail a person: React
 *   warnings (a NaN attribute, a missing key), MSW's unhandled requests, uncaught errors.
 */
import { configure } from 'storybook/test';
import { afterEach, beforeEach } from 'vitest';

configure({ asyncUtilTimeout: 10_000 });

/** Messages that are expected, each with the reason it is harmless. Keep it short. */
const ALLOWED: { pattern: RegExp; reason: string }[] = [
  {
    // React reports each error an error boundary catches; the lazy-route stories fail a page's
    // code on purpose, and assert what its place says.
    pattern: /^PageCodeUnavailable: The page’s code could not be fetched\./,
    reason: 'a story makes a page’s code fail to load on purpose',
  },
];

const problems: string[] = [];

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** React passes a format string and its arguments; fill them in so the message reads whole. */
function format(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(describe).join(' ');
  let index = 0;
  const text = first.replace(/%[sdifoOc]/g, () => describe(rest[index++]));
  return [text, ...rest.slice(index).map(describe)].join(' ');
}

function record(level: string, message: string) {
  if (ALLOWED.some(({ pattern }) => pattern.test(message))) return;
  problems.push(`console.${level}: ${message}`);
}

for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    original(...args);
    record(level, format(args));
  };
}
window.addEventListener('error', (event) =>
  record('uncaught', describe(event.error ?? event.message)),
);
window.addEventListener('unhandledrejection', (event) =>
  record('unhandled rejection', describe(event.reason)),
);

beforeEach(() => {
  problems.length = 0;
});

afterEach(() => {
  if (problems.length === 0) return;
  const found = problems.splice(0).join('\n');
  throw new Error(`The story logged what a person would see as a fault:\n${found}`);
});
