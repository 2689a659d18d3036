/**
 * The one place that decides which Chromium the browser tools launch (Vitest browser mode,
 * Playwright, Lighthouse). A Debian machine has `/usr/bin/chromium` from apt and cannot
 * download Playwright's own build; elsewhere Playwright's bundled browser is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's `chromium-headless-shell`: the same Blink and V8 without the browser around them, the
 * build Playwright itself runs headless tests in. The binary, not /usr/bin's wrapper script, so
 * the test runners can stop it. Measured on 2 cores, 18 e2e tests with 2 workers: 65 s in the
 * shell, 120 s in the full browser.
 */
export const SYSTEM_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/**
 * Flags for the system Chromium: no sandbox because CI runs as root, and no background
 * traffic (updates, sync, QUIC) because the machine only reaches the package registries.
 */
const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumLaunchOptions {
  executablePath?: string;
  args?: string[];
}

export function hasSystemChromium(): boolean {
  return existsSync(SYSTEM_CHROMIUM);
}

/**
 * Launch options shaped like Playwright's `LaunchOptions`; empty means Playwright's own browser.
 * `browser`: the whole browser, as a person runs it (the bench and Lighthouse measure it);
 * `tests` (the default): the headless shell when Debian's is installed, else the whole browser.
 */
export function chromiumLaunchOptions(use: 'tests' | 'browser' = 'tests'): ChromiumLaunchOptions {
  if (use === 'tests' && existsSync(SYSTEM_HEADLESS_SHELL)) {
    return { executablePath: SYSTEM_HEADLESS_SHELL, args: [...SYSTEM_CHROMIUM_ARGS] };
  }
  if (!hasSystemChromium()) return {};
  return { executablePath: SYSTEM_CHROMIUM, args: [...SYSTEM_CHROMIUM_ARGS] };
}

/**
 * Where Playwright looks for the ffmpeg it records videos with. It cannot be downloaded here, so
 * on a Debian machine the setup links Debian's ffmpeg there (scripts/ensure-browser.ts).
 */
export function playwrightFfmpegPath(): string {
  // browsers.json sits beside the package's entry point (it is not in the package's exports).
  const packageDir = dirname(createRequire(import.meta.url).resolve('playwright-core'));
  const { browsers } = JSON.parse(readFileSync(join(packageDir, 'browsers.json'), 'utf8')) as {
    browsers: { name: string; revision: string }[];
  };
  const revision = browsers.find((browser) => browser.name === 'ffmpeg')?.revision ?? 'unknown';
  const base = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  return join(base, `ffmpeg-${revision}`, 'ffmpeg-linux');
}

/** Videos of failing e2e tests are off unless asked for: encoding costs CPU for every test. */
export function videoRequested(): boolean {
  return process.env.E2E_VIDEO === '1';
}

/** Whether Playwright can record videos (its own ffmpeg, or Debian's linked in its place). */
export function canRecordVideo(): boolean {
  return existsSync(playwrightFfmpegPath());
}
