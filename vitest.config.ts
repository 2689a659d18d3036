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
 * Each story is pictured in both themes from one render (`.storybook/visual.setup.ts` names each
 * picture `<theme>/<story>`); the main states are also pictured in French and right to left, light
 * theme, under visual-baselines/fr/ and visual-baselines/rtl/ (`.storybook/locale-pass.ts`). A
 * mismatch writes the new picture and a diff under reports/visual/<folder>/ (not committed).
 * `npm run test:visual -- --update` writes the missing baselines and rewrites those that differ.
 */
function visualCheck() {
  const shotPath =
    (folder: string[]) =>
    ({ root, testFileDirectory, testFileName, arg, ext }: ShotPath) => {
      // `<tree>/<story>`: the tree is a theme (light, dark) or a locale's (fr, rtl).
      const [tree = '', ...name] = arg.split('/');
      const storyFile = join(testFileDirectory, testFileName.replace(/\.stories\.tsx?$/, ''));
      return join(root, ...folder, tree, storyFile, `${name.join('/')}${ext}`);
    };
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
          resolveScreenshotPath: shotPath(['visual-baselines']),
          resolveDiffPath: shotPath(['reports', 'visual']),
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
        // Every story: render, play, axe and pictures in the light theme, then axe and pictures
        // of the same render in the dark theme (contrast included), then the same render in
        // every locale (.storybook/locale-pass.ts).
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        // The dark theme's axe check imports axe-core itself: bundled up front, so the dev server
        // does not re-optimise and reload the page in the middle of the run.
        optimizeDeps: { include: ['axe-core'] },
        test: {
          name: 'storybook',
          ...visualCheck(),
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
          // The three engines at once: much of a flow is waiting on the page, not computing.
          // Measured on 2 cores: two at a time kept the machine 65% busy for 87 s.
          maxWorkers: 3,
        },
      },
    ],
  },
});

// vite.config.ts is a function of the mode, so the test config is merged into each call.
export default defineConfig((configEnv) => mergeConfig(viteConfig(configEnv), testConfig));
