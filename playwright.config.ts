import { defineConfig, devices } from '@playwright/test';

import { chromiumLaunchOptions, hasSystemChromium } from './scripts/chromium.ts';

// E2E_PORT lets two suites run side by side (each builds into its own folder).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = PORT === 4173 ? 'dist-e2e' : `dist-e2e-${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries anywhere: a flaky test is a failing test until it is fixed.
  retries: 0,
  workers: 2,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    // Read by scripts/test.ts for the closing summary line.
    ['json', { outputFile: 'reports/playwright.json' }],
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Video needs Playwright's own ffmpeg download, which machines using the apt Chromium cannot
    // fetch; the trace keeps a screencast of the failure there.
    video: hasSystemChromium() ? 'off' : 'retain-on-failure',
    // The demo bundle mocks the API with MSW's service worker.
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    // The demo build is the production bundle with the mock backend switched on.
    command: `npm run build:demo -- --outDir ${OUT_DIR} && npm run preview -- --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
