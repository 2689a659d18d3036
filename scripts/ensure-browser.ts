/**
 * Makes sure a Chromium is there for the browser tests (Vitest browser mode, Storybook tests,
 * Playwright). On a Debian machine where we are root it installs Debian's chromium, since tools
 * cannot download their own browsers here; elsewhere it fails early with the fix spelled out.
 * Run directly (`npm run setup:browser`) or imported by scripts/test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromium } from 'playwright';

import { SYSTEM_CHROMIUM, hasSystemChromium } from './chromium.ts';

export function browserProblem(): string | null {
  if (hasSystemChromium() || existsSync(chromium.executablePath())) return null;
  return [
    `No Chromium for the browser tests: neither ${SYSTEM_CHROMIUM} nor Playwright's own build.`,
    'Install one of them, then run the tests again:',
    '  Debian/Ubuntu:  apt-get update && apt-get install -y chromium fonts-liberation',
    '  elsewhere:      npx playwright install chromium',
  ].join('\n');
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Returns what is still wrong after trying to fix it, or null when a browser is ready. */
export function ensureBrowser(): string | null {
  if (!browserProblem() || !canInstallWithApt()) return browserProblem();
  console.log(
    `Installing Debian's chromium for the browser tests (${SYSTEM_CHROMIUM} is missing)...`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  spawnSync(
    'apt-get',
    ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-liberation'],
    {
      stdio: 'inherit',
      env,
    },
  );
  return browserProblem();
}

if (import.meta.main) {
  const problem = ensureBrowser();
  if (problem) {
    console.error(problem);
    process.exitCode = 1;
  }
}
