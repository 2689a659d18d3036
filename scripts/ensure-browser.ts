/**
 * Makes sure a Chromium is there for the browser tests (Vitest browser mode, Storybook tests,
 * Playwright). On a Debian machine where we are root it installs Debian's chromium, since tools
 * cannot download their own browsers here; elsewhere it fails early with the fix spelled out.
 * Run directly (`npm run setup:browser`) or imported by scripts/test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname } from 'node:path';

import { chromium } from 'playwright';

import {
  SYSTEM_CHROMIUM,
  SYSTEM_HEADLESS_SHELL,
  canRecordVideo,
  hasSystemChromium,
  videoRequested,
  playwrightFfmpegPath,
} from './chromium.ts';

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

function aptInstall(packages: string[]) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
}

/**
 * Videos of failing e2e tests (on request: E2E_VIDEO=1) need ffmpeg where Playwright keeps its
 * own, which cannot be downloaded here: link Debian's there (installing it first when we can).
 * Best effort: without it the suite still runs, with traces and screenshots but no videos.
 */
function ensureVideoRecorder() {
  if (!videoRequested() || canRecordVideo() || !hasSystemChromium()) return;
  if (!existsSync('/usr/bin/ffmpeg') && canInstallWithApt()) {
    console.log('Installing Debian ffmpeg so Playwright can keep videos of failing tests...');
    aptInstall(['ffmpeg']);
  }
  if (!existsSync('/usr/bin/ffmpeg')) return;
  try {
    mkdirSync(dirname(playwrightFfmpegPath()), { recursive: true });
    // A link left dangling by an earlier setup is replaced, not tripped over.
    rmSync(playwrightFfmpegPath(), { force: true });
    symlinkSync('/usr/bin/ffmpeg', playwrightFfmpegPath());
  } catch (error) {
    console.warn(
      `Videos of failing tests are off: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Returns what is still wrong after trying to fix it, or null when a browser is ready. */
export function ensureBrowser(): string | null {
  if (browserProblem() && canInstallWithApt()) {
    console.log(
      `Installing Debian's chromium for the browser tests (${SYSTEM_CHROMIUM} is missing)...`,
    );
    aptInstall(['chromium', 'chromium-headless-shell', 'fonts-liberation']);
  } else if (hasSystemChromium() && !existsSync(SYSTEM_HEADLESS_SHELL) && canInstallWithApt()) {
    // Without it the tests run in the whole browser: correct, about twice as slow.
    console.log(`Installing Debian's chromium-headless-shell, which the browser tests run in...`);
    aptInstall(['chromium-headless-shell']);
  }
  ensureVideoRecorder();
  return browserProblem();
}

if (import.meta.main) {
  const problem = ensureBrowser();
  if (problem) {
    console.error(problem);
    process.exitCode = 1;
  }
}
