import { join } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';

import { chromiumLaunchOptions } from './scripts/chromium.ts';
import viteConfig from './vite.config.ts';

// A fresh object per project: Vitest writes the project name into each browser instance.
function browser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
  };
}

/** Before every story file: state waits fit for a slow machine; console errors fail the story. */
const STORY_SETUP = ['.storybook/story-test-setup.ts'];

/**
 * The stories' visual baselines, one tree per theme: visual-baselines/<theme>/<story file>/<story>.png.
 * A mismatch writes the new picture and a diff under reports/visual/<theme>/ (not committed).
 * `npm run test:visual -- --update` rewrites the baselines.
 */
function visualCheck(theme: 'light' | 'dark') {
  const storyFile = (testFileDirectory: string, testFileName: string) =>
    join(testFileDirectory, testFileName.replace(/\.stories\.tsx?$/, ''));
  return {
    setupFiles: [...STORY_SETUP, '.storybook/visual.setup.ts'],
    browser: {
      ...browser(),
      // Dates and numbers formatted the same on every machine.
      provider: playwright({
        launchOptions: chromiumLaunchOptions(),
        contextOptions: { locale: 'en-US', timezoneId: 'UTC' },
      }),
      expect: {
        toMatchScreenshot: {
          resolveScreenshotPath: ({ root, testFileDirectory, testFileName, arg, ext }: ShotPath) =>
            join(
              root,
              'visual-baselines',
              theme,
              storyFile(testFileDirectory, testFileName),
              `${arg}${ext}`,
            ),
          resolveDiffPath: ({ root, testFileDirectory, testFileName, arg, ext }: ShotPath) =>
            join(
              root,
              'reports',
              'visual',
              theme,
              storyFile(testFileDirectory, testFileName),
              `${arg}${ext}`,
            ),
        },
      },
    },
  };
}

interface ShotPath {
  root: string;
  testFileDirectory: string;
  testFileName: string;
  arg: string;
  ext: string;
}

const testConfig = defineConfig({
  test: {
    // A ceiling for a slow, busy machine: a passing test never waits for it.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          ...visualCheck('light'),
        },
      },
      {
        // Every story again in the dark theme: both themes must pass the a11y check, contrast included.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        define: { 'import.meta.env.VITE_STORYBOOK_THEME': JSON.stringify('dark') },
        test: {
          name: 'storybook-dark',
          ...visualCheck('dark'),
        },
      },
      // The packed package in a host app's own Vitest (examples/host), on the package's mock export.
      'examples/host/vitest.config.ts',
      {
        // The merchant's core flows in Chromium, Firefox and WebKit ("Every engine" in
        // e2e/README.md). Node drives the engines; one demo build serves them all. Last, alone,
        // so the engines do not compete with the browser tests above for the machine's cores.
        extends: true,
        test: {
          name: 'browsers',
          environment: 'node',
          include: ['e2e/browsers/**/*.test.ts'],
          globalSetup: ['e2e/browsers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
          // Two engines at once: much of a flow is waiting on the page, not computing.
          maxWorkers: 2,
        },
      },
    ],
  },
});

// vite.config.ts is a function of the mode, so the test config is merged into each call.
export default defineConfig((configEnv) => mergeConfig(viteConfig(configEnv), testConfig));
