import { defineConfig, devices } from '@playwright/test';

import { canRecordVideo, chromiumLaunchOptions, videoRequested } from './scripts/chromium.ts';
import { HOST_API_TOKEN, NEXT_HOST_API_TOKEN, e2eOutDir, e2ePorts } from './scripts/e2e-servers.ts';

// E2E_PORT lets two suites run side by side (each builds into its own folders).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const SERVERS = e2ePorts(PORT);
export const OUT_DIR = e2eOutDir(PORT);
// The production build on the HTTP mock, and the demo build under the production CSP.
const PROD_PORT = SERVERS.production;
const DEMO_CSP_PORT = SERVERS.demoCsp;
// The static Storybook's docs pages are their own run (`npm run test:docs`): building Storybook
// costs a minute and a half, so the app's suite does not start that server.
const STORYBOOK_PORT = PORT + 40;
const DOCS_RUN = !!process.env.STORYBOOK_DOCS;
export const DEMO_CSP_URL = `http://127.0.0.1:${DEMO_CSP_PORT}`;
// The host app of examples/host (the packed package in an app of its own) and its credit API.
const HOST_PORT = SERVERS.host;
const HOST_API_URL = `http://127.0.0.1:${SERVERS.hostApi}`;
process.env.HOST_API_URL = HOST_API_URL;
process.env.HOST_API_TOKEN = HOST_API_TOKEN;
// The Next.js host of examples/next-host (the packed package rendered on the server) and its API.
const NEXT_HOST_PORT = SERVERS.nextHost;
process.env.NEXT_HOST_API_URL = `http://127.0.0.1:${SERVERS.nextHostApi}`;
process.env.NEXT_HOST_API_TOKEN = NEXT_HOST_API_TOKEN;

// Measured on 2 cores (e2e/README.md): the suite is CPU-bound, so two workers and one take about
// the same time (7.5 and 7.4 min in the whole browser). E2E_WORKERS overrides it.
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
      // One account on one HTTP mock server: its tests take turns, also when repeated
      // (`--repeat-each` in the flake finder schedules repeats side by side otherwise).
      workers: 1,
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
      // One account on one mock server, as above: the flake finder ran two repeats of a host test
      // at once, and one reset the scenario under the other.
      workers: 1,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
        baseURL: `http://127.0.0.1:${HOST_PORT}`,
      },
    },
    {
      // The packed tarball in a Next.js App Router host (`next build`, `next start`): the pages
      // rendered on the server with fetchCreditsState, then hydrated, on `npm run mock-server`.
      name: 'next-host',
      testDir: 'examples/next-host/e2e',
      // One account on one mock server, as above.
      workers: 1,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
        baseURL: `http://127.0.0.1:${NEXT_HOST_PORT}`,
      },
    },
  ],
  // One entry for all of them: scripts/e2e-servers.ts builds the two bundles side by side, then
  // starts every server at once, and answers on its `ready` port when they all do.
  webServer: {
    command: `node scripts/e2e-servers.ts --port ${PORT}`,
    url: `http://127.0.0.1:${SERVERS.ready}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

export default DOCS_RUN ? docsRun : appRun;
