/**
 * The one place that decides which Chromium the browser tools launch (Vitest browser mode,
 * Playwright, Lighthouse). A Debian machine has `/usr/bin/chromium` from apt and cannot
 * download Playwright's own build; elsewhere Playwright's bundled browser is used.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

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

/** Launch options shaped like Playwright's `LaunchOptions`; empty means Playwright's own browser. */
export function chromiumLaunchOptions(): ChromiumLaunchOptions {
  if (!hasSystemChromium()) return {};
  return { executablePath: SYSTEM_CHROMIUM, args: [...SYSTEM_CHROMIUM_ARGS] };
}
