/**
 * `npm run bench`: builds what it needs, measures everything in one go, and writes
 * reports/bench/report.md (for people) and reports/bench/report.json (for machines).
 * Sections: size, the package beside the anchors, Lighthouse, freshness, scale, work per spend,
 * resilience. A section that fails is reported as failed with its error; the others still run.
 * BENCH_PORT (default 8801) is the first of the three ports its servers use: the app, the
 * profiling build, and the react + react-dom baseline page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { prepareHost } from '../host-example.ts';
import { launchBrowser } from './browser.ts';
import { measureOtherTab, measureSamePage } from './freshness.ts';
import { runLighthouse } from './lighthouse.ts';
import { measurePackageSize } from './package-size.ts';
import { measureRendersPerSpend } from './renders.ts';
import { renderReport, type BenchReport } from './report.ts';
import { measureResilience } from './resilience.ts';
import { measureScale } from './scale.ts';
import { api, startServer } from './server.ts';
import { measureAll } from './size.ts';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'reports', 'bench');
const builds = join(root, 'dist-bench');
mkdirSync(out, { recursive: true });

async function section<T>(name: string, run: () => Promise<T>): Promise<T | { error: string }> {
  const started = performance.now();
  process.stdout.write(`bench: ${name}... `);
  try {
    const result = await run();
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    console.log('FAILED');
    console.error(error);
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const report: BenchReport = {
  startedAt: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
};

report.size = await section('size (production, demo and react-only baseline builds)', () =>
  measureAll(builds),
);

report.package = await section('package (gzip, beside the anchors)', async () => {
  // Packs and installs the current sources into examples/host: never measure an older tarball.
  await prepareHost();
  return measurePackageSize(join(builds, 'package'));
});

// The profiling build: the same app with React's profiling renderer, for counting renders.
await build({
  root,
  mode: 'production',
  logLevel: 'error',
  resolve: { alias: { 'react-dom/client': 'react-dom/profiling' } },
  // Unminified, so the components keep their names in the report.
  build: { outDir: join(builds, 'profiling'), emptyOutDir: true, sourcemap: false, minify: false },
});

const port = Number(process.env.BENCH_PORT ?? 8801);
const app = await startServer({ port, scenario: 'low', staticDir: join(builds, 'app') });
const profiling = await startServer({
  port: port + 1,
  scenario: 'onboarded',
  staticDir: join(builds, 'profiling'),
});
// The baseline page, served the same way as the app (same server, compression and CSP).
const baseline = await startServer({ port: port + 2, staticDir: join(builds, 'baseline') });
const browser = await launchBrowser();
try {
  report.lighthouse = await section(
    'Lighthouse, 3 runs each: react + react-dom baseline, / and /settings/billing',
    () =>
      runLighthouse(`${baseline.url}/`, [`${app.url}/`, `${app.url}/settings/billing`], {
        runs: 3,
        // Every run starts from the same account state.
        beforeEach: async () =>
          void (await api(app.url, 'POST', '/api/qa/scenario', { name: 'low' })),
      }),
  );
  report.freshness = await section('freshness', async () => ({
    ...(await measureOtherTab(browser, app.url)),
    samePage: await measureSamePage(browser, app.url),
  }));
  report.scale = await section('scale (100, 10,000 and 100,000 ledger entries)', () =>
    measureScale(browser, app.url),
  );
  report.renders = await section('work per spend (profiling build)', () =>
    measureRendersPerSpend(browser, profiling.url),
  );
  report.resilience = await section('resilience (200 actions, 20% failures)', () =>
    measureResilience(browser, app.url),
  );
} finally {
  await browser.close();
  app.stop();
  profiling.stop();
  baseline.stop();
}

report.finishedAt = new Date().toISOString();
writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
const markdown = renderReport(report);
writeFileSync(join(out, 'report.md'), markdown);
console.log(`\n${markdown}\nWritten: reports/bench/report.md and reports/bench/report.json`);
