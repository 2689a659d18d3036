import { defineConfig, devices } from '@playwright/test';

import { canRecordVideo, chromiumLaunchOptions, videoRequested } from './scripts/chromium.ts';

// E2E_PORT lets two suites run side by side (each builds into its own folder).
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const OUT_DIR = PORT === 4173 ? 'dist-e2e' : `dist-e2e-${PORT}`;
// The production build on the HTTP mock, and the demo build under the production CSP.
const PROD_PORT = PORT + 10;
const DEMO_CSP_PORT = PORT + 20;
// The static Storybook's docs pages are their own run (`npm run test:docs`): building Storybook
// costs a minute and a half, so the app's suite does not start that server.
const STORYBOOK_PORT = PORT + 40;
const DOCS_RUN = !!process.env.STORYBOOK_DOCS;
export const DEMO_CSP_URL = `http://127.0.0.1:${DEMO_CSP_PORT}`;
// The host app of examples/host (the packed package in an app of its own) and its credit API.
const HOST_API_PORT = PORT + 30;
const HOST_PORT = PORT + 50;
const HOST_API_URL = `http://127.0.0.1:${HOST_API_PORT}`;
process.env.HOST_API_URL = HOST_API_URL;

// Measured on 2 cores (e2e/README.md): two workers run the suite in 137 s, one in 184 s, now that
// no test is timed and no video is encoded by default. E2E_WORKERS overrides it.
const WORKERS = Number(process.env.E2E_WORKERS ?? 2);

function traceOption() {
  const asked = process.env.E2E_TRACE;
  if (!asked || asked === '0') return 'off' as const;
  return {
    mode: 'retain-on-failure' as const,
    screenshots: asked === 'full',
    snapshots: true,
    sources: true,
  };
}

/** Storybook's docs pages as a designer opens them: the static build over http. */
const docsRun = defineConfig({
  testDir: 'e2e/storybook',
  fullyParallel: true,
  retries: 0,
  workers: 2,
  // A docs page mounts every story of its component at once: slow on a busy 2-core machine.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-docs.json' }]],
  outputDir: 'test-results-docs',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
    baseURL: `http://127.0.0.1:${STORYBOOK_PORT}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/storybook-static.ts --port ${STORYBOOK_PORT}`,
    url: `http://127.0.0.1:${STORYBOOK_PORT}/index.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

const appRun = defineConfig({
  testDir: 'e2e',
  // Playwright's specs only: e2e/browsers/*.test.ts is the cross-engine Vitest project.
  testMatch: '**/*.spec.ts',
  // Per port, so suites running side by side do not write into each other's traces.
  outputDir: PORT === 4173 ? 'test-results' : `test-results-${PORT}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries anywhere: a flaky test is a failing test until it is fixed.
  retries: 0,
  workers: WORKERS,
  // Ceilings for waits on states, generous for a slow, busy machine: a passing test never waits
  // for them, only a failing one does. Nothing in the suite is timed.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    [
      'html',
      {
        open: 'never',
        outputFolder: PORT === 4173 ? 'playwright-report' : `playwright-report-${PORT}`,
      },
    ],
    // Read by scripts/test.ts for the closing summary line.
    [
      'json',
      { outputFile: PORT === 4173 ? 'reports/playwright.json' : `reports/playwright-${PORT}.json` },
    ],
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Traces on request: E2E_TRACE=1 keeps, for each failing test, the DOM at every step and the
    // sources; E2E_TRACE=full adds the screencast. Recording costs every test, failing or not:
    // measured on 2 cores over 18 tests, 126 s with no trace, 143 s with DOM snapshots, 177 s with
    // the screencast too. A failure always leaves its screenshot and the page's ARIA snapshot.
    trace: traceOption(),
    screenshot: 'only-on-failure',
    // On request (E2E_VIDEO=1). Video needs an ffmpeg where Playwright looks for its own; the
    // setup links Debian's there. Half-size frames are enough to see what happened.
    video:
      videoRequested() && canRecordVideo()
        ? { mode: 'retain-on-failure', size: { width: 640, height: 360 } }
        : 'off',
    // The demo bundle mocks the API with MSW's service worker.
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['production/**', 'storybook/**'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    {
      // The builds as shipped: served with the strict Content-Security-Policy, the production build
      // talking to the mock backend over real HTTP (`npm run mock-server`).
      name: 'production',
      testMatch: 'production/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
        baseURL: `http://127.0.0.1:${PROD_PORT}`,
      },
    },
    {
      // The packed tarball installed into a host app of its own, on `npm run mock-server`.
      name: 'host',
      testDir: 'examples/host/e2e',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
        baseURL: `http://127.0.0.1:${HOST_PORT}`,
      },
    },
  ],
  webServer: [
    {
      // The demo build is the production bundle with the mock backend switched on.
      command: `npm run build:demo -- --outDir ${OUT_DIR} && npm run preview -- --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `vite build --outDir ${OUT_DIR}-prod --logLevel error && node --experimental-eventsource scripts/mock-server.ts --port ${PROD_PORT} --scenario low --static ${OUT_DIR}-prod`,
      url: `http://127.0.0.1:${PROD_PORT}/api/credits`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same demo build as the first server's: web servers start one after another, so it is
      // complete by now, and one build serves both.
      command: `node --experimental-eventsource scripts/mock-server.ts --port ${DEMO_CSP_PORT} --static ${OUT_DIR}`,
      url: `http://127.0.0.1:${DEMO_CSP_PORT}/api/credits`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node --experimental-eventsource scripts/mock-server.ts --port ${HOST_API_PORT} --scenario low`,
      url: `${HOST_API_URL}/api/credits`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Packs and installs the package first when examples/host has none yet.
      command: `node scripts/host-example.ts serve --port ${HOST_PORT} --api ${HOST_API_URL}`,
      url: `http://127.0.0.1:${HOST_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});

export default DOCS_RUN ? docsRun : appRun;
