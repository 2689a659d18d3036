/**
 * `npm run bench`: builds what it needs, measures everything in one go, and writes
 * reports/bench/report.md (for people) and reports/bench/report.json (for machines).
 * Sections: size, the package beside the anchors, Lighthouse, freshness, freshness across tabs,
 * scale, work per spend, resilience. A section that fails is reported as failed with its error; the others still run.
 * `--only freshness,tabs` runs those sections alone (of size, package, lighthouse, freshness, tabs,
 * scale, renders, resilience) and writes reports/bench/report.freshness+tabs.md and .json.
 * BENCH_PORT (default 8801) is the first of the four ports its servers use: the app, the
 * profiling build, the react + react-dom baseline page, and the Next.js host (examples/next-host).
 * `--ab <rev-a> [<rev-b>]` compares two builds instead (scripts/bench/ab.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { prepareHost } from '../host-example.ts';
import { runAb } from './ab.ts';
import { launchBrowser } from './browser.ts';
import { measureOtherTab, measureSamePage } from './freshness.ts';
import { runLighthouse } from './lighthouse.ts';
import { measureManyTabs } from './many-tabs.ts';
import { measurePackageSize } from './package-size.ts';
import { measureRendersPerSpend } from './renders.ts';
import { renderReport, type BenchReport } from './report.ts';
import { measureResilience } from './resilience.ts';
import { measureScale } from './scale.ts';
import { api, startNextHostServer, startServer } from './server.ts';
import { buildAndMeasure, measureAll } from './size.ts';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'reports', 'bench');
const builds = join(root, 'dist-bench');
mkdirSync(out, { recursive: true });

// `--ab <rev-a> [<rev-b>]`: the A/B comparison of two builds (ab.ts) instead of the bench.
if (process.argv.includes('--ab')) process.exit(await runAb(process.argv.slice(2)));

const SECTIONS = [
  'size',
  'package',
  'lighthouse',
  'freshness',
  'tabs',
  'scale',
  'renders',
  'resilience',
] as const;
type SectionName = (typeof SECTIONS)[number];
const only = (parseArgs({ options: { only: { type: 'string' } } }).values.only ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`Unknown section ${unknown.join(', ')}. Sections: ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const wanted = (name: SectionName) => only.length === 0 || only.includes(name);

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

if (wanted('size'))
  report.size = await section('size (production, demo and react-only baseline builds)', () =>
    measureAll(builds),
  );
// Without the size section, the builds the pages are measured on are made here.
else if (wanted('lighthouse')) await measureAll(builds);
else await buildAndMeasure({ outDir: join(builds, 'app') });

if (wanted('package'))
  report.package = await section('package (gzip, beside the anchors)', async () => {
    // Packs and installs the current sources into examples/host: never measure an older tarball.
    await prepareHost();
    return measurePackageSize(join(builds, 'package'));
  });

// The profiling build: the same app with React's profiling renderer, for counting renders.
if (wanted('renders'))
  await build({
    root,
    mode: 'production',
    logLevel: 'error',
    resolve: { alias: { 'react-dom/client': 'react-dom/profiling' } },
    // Unminified, so the components keep their names in the report.
    build: {
      outDir: join(builds, 'profiling'),
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
    },
  });

const port = Number(process.env.BENCH_PORT ?? 8801);
const app = await startServer({ port, scenario: 'low', staticDir: join(builds, 'app') });
const profiling = wanted('renders')
  ? await startServer({
      port: port + 1,
      scenario: 'onboarded',
      staticDir: join(builds, 'profiling'),
    })
  : undefined;
// The baseline page, served the same way as the app (same server, compression and CSP).
const baseline = wanted('lighthouse')
  ? await startServer({ port: port + 2, staticDir: join(builds, 'baseline') })
  : undefined;
const browser = await launchBrowser();
try {
  if (baseline)
    report.lighthouse = await section(
      'Lighthouse, 3 runs each: react + react-dom baseline, / and /settings/billing in English and in French, the Next.js host /',
      async () => {
        // The Next.js host renders the package as packed from the current sources (the package
        // section has just packed them), with the credits of the app's own API.
        if (!wanted('package')) await prepareHost();
        const nextHost = await startNextHostServer({ port: port + 3, api: app.url });
        try {
          return await runLighthouse(
            `${baseline.url}/`,
            [
              `${app.url}/`,
              `${app.url}/settings/billing`,
              // French: its messages come as chunks of their own after the first JavaScript.
              `${app.url}/?lang=fr`,
              `${app.url}/settings/billing?lang=fr`,
            ],
            {
              runs: 3,
              // Every run starts from the same account state.
              beforeEach: async () =>
                void (await api(app.url, 'POST', '/api/qa/scenario', { name: 'low' })),
              serverRendered: `${nextHost.url}/`,
            },
          );
        } finally {
          nextHost.stop();
        }
      },
    );
  if (wanted('freshness'))
    report.freshness = await section('freshness', async () => ({
      ...(await measureOtherTab(browser, app.url)),
      samePage: await measureSamePage(browser, app.url),
    }));
  if (wanted('tabs'))
    report.tabs = await section('freshness across tabs (1, 6 and 12 tabs, 3 rounds)', () =>
      measureManyTabs(browser, app.url),
    );
  if (wanted('scale'))
    report.scale = await section('scale (100, 10,000 and 100,000 ledger entries)', () =>
      measureScale(browser, app.url),
    );
  if (profiling)
    report.renders = await section('work per spend (profiling build)', () =>
      measureRendersPerSpend(browser, profiling.url),
    );
  if (wanted('resilience'))
    report.resilience = await section('resilience (200 actions, 20% failures)', () =>
      measureResilience(browser, app.url),
    );
} finally {
  await browser.close();
  app.stop();
  profiling?.stop();
  baseline?.stop();
}

report.finishedAt = new Date().toISOString();
const name = only.length ? `report.${only.join('+')}` : 'report';
writeFileSync(join(out, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
const markdown = renderReport(report);
writeFileSync(join(out, `${name}.md`), markdown);
console.log(`\n${markdown}\nWritten: reports/bench/${name}.md and reports/bench/${name}.json`);
