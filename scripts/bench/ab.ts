/**
 * `npm run bench -- --ab <rev-a> [<rev-b>] [--runs 10] [--pages /,/settings/billing]`: two
 * production builds side by side, to tell a difference from noise. Side B is the work tree
 * (uncommitted changes included) unless a second revision is given. A git revision is checked out
 * into a temporary `git worktree`, with the current node_modules when its package-lock.json is the
 * same (`npm ci` there otherwise), built by its own Vite into dist-bench/ab/{a,b}, and removed.
 * Both builds are served at once by the work tree's HTTP mock (BENCH_PORT and the port after),
 * and Lighthouse (mobile, default throttling) runs A, B, A, B… on each page, the mock reset to
 * `low` before every run. Writes reports/bench/ab.md and ab.json (types in ab-report.ts).
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toolsEnv } from '../tools-env.ts';
import { renderAbReport, summariseSides, type AbReport, type AbSide } from './ab-report.ts';
import { runInTurns, type LighthouseRun } from './lighthouse.ts';
import { api, startServer, type RunningServer } from './server.ts';
import { measureManifest } from './size.ts';

const root = join(import.meta.dirname, '..', '..');
const MAX_RUNS = 50;

function git(args: string[], cwd = root): string {
  const child = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${child.stderr.trim()}`);
  return child.stdout.trim();
}

function run(command: string, args: string[], cwd: string): void {
  console.log(`> ${[command, ...args].join(' ')}   (in ${cwd})`);
  const child = spawnSync(command, args, { cwd, env: toolsEnv(), stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${child.status}).`);
}

/** The production app of the project at `dir`, built by that project's own Vite, and weighed. */
function buildAt(dir: string, outDir: string): AbSide['firstJs'] {
  run(
    process.execPath,
    [
      join(dir, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--sourcemap',
      'false',
      '--logLevel',
      'error',
    ],
    dir,
  );
  return measureManifest(outDir).initial;
}

/** Builds `revision` (undefined: the work tree) into `outDir`. */
function buildSide(revision: string | undefined, outDir: string): AbSide {
  if (revision === undefined) {
    const dirty = git(['status', '--porcelain']) !== '';
    const head = git(['rev-parse', '--short', 'HEAD']);
    return {
      label: `work tree (HEAD ${head}${dirty ? ' + uncommitted changes' : ''})`,
      commit: null,
      nodeModules: 'the work tree’s',
      firstJs: buildAt(root, outDir),
    };
  }
  const commit = git(['rev-parse', '--verify', `${revision}^{commit}`]);
  const subject = git(['log', '-1', '--format=%s', commit]);
  const dir = mkdtempSync(join(tmpdir(), 'bench-ab-'));
  git(['worktree', 'add', '--detach', dir, commit]);
  const link = join(dir, 'node_modules');
  let linked = false;
  try {
    const sameLock =
      git(['show', `${commit}:package-lock.json`]) ===
      readFileSync(join(root, 'package-lock.json'), 'utf8').trim();
    if (sameLock) {
      symlinkSync(join(root, 'node_modules'), link, 'dir');
      linked = true;
    } else run('npm', ['ci', '--no-audit', '--no-fund'], dir);
    return {
      label: `${revision} (${commit.slice(0, 7)}: ${subject.length > 72 ? `${subject.slice(0, 71)}…` : subject})`,
      commit,
      nodeModules: sameLock ? 'the work tree’s (same package-lock.json)' : 'its own (npm ci)',
      firstJs: buildAt(dir, outDir),
    };
  } finally {
    // The link goes first, so that nothing below can reach into the shared node_modules.
    if (linked) unlinkSync(link);
    git(['worktree', 'remove', '--force', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ab: { type: 'string' },
      runs: { type: 'string', default: '10' },
      pages: { type: 'string', default: '/,/settings/billing' },
    },
    allowPositionals: true,
  });
  const runs = Number(values.runs);
  const pages = [...new Set(values.pages.split(',').map((page) => page.trim()))];
  const problems = [
    !values.ab ? '--ab needs a revision: --ab <rev-a> [<rev-b>]' : '',
    positionals.length > 1 ? `one revision B at most, not ${positionals.join(' ')}` : '',
    !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS
      ? `--runs must be a whole number from 1 to ${MAX_RUNS}`
      : '',
    pages.some((page) => !page.startsWith('/')) ? '--pages are paths, each starting with /' : '',
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join('; '));
  return { revisionA: values.ab!, revisionB: positionals[0], runs, pages };
}

/** Runs the A/B comparison with the command line's `args`; returns the exit code. */
export async function runAb(args: string[]): Promise<number> {
  let settings: ReturnType<typeof options>;
  try {
    settings = options(args);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const { revisionA, revisionB, runs, pages } = settings;
  const out = join(root, 'reports', 'bench');
  const builds = join(root, 'dist-bench', 'ab');
  mkdirSync(out, { recursive: true });
  const startedAt = new Date().toISOString();

  console.log(`bench --ab: building A (${revisionA})…`);
  const a = buildSide(revisionA, join(builds, 'a'));
  console.log(`bench --ab: building B (${revisionB ?? 'the work tree'})…`);
  const b = buildSide(revisionB, join(builds, 'b'));

  const port = Number(process.env.BENCH_PORT ?? 8801);
  const [originA, originB] = [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`];
  // A, B, A, B… on each page: every turn runs each page on A, then on B.
  const urls = pages.flatMap((page) => [`${originA}${page}`, `${originB}${page}`]);
  const servers: RunningServer[] = [];
  let results: Map<string, LighthouseRun[]>;
  try {
    for (const [i, side] of (['a', 'b'] as const).entries())
      servers.push(
        await startServer({ port: port + i, scenario: 'low', staticDir: join(builds, side) }),
      );
    let done = 0;
    results = await runInTurns(urls, {
      runs,
      // Every run starts from the same account state, on the server of the side it measures.
      beforeEach: async (url) =>
        void (await api(new URL(url).origin, 'POST', '/api/qa/scenario', { name: 'low' })),
      afterEach: (url, result) =>
        console.log(
          `  ${++done}/${runs * urls.length} ${url.startsWith(originA) ? 'A' : 'B'} ${new URL(url).pathname}: perf ${result.performance.toFixed(2)}, FCP ${result.fcpMs.toFixed(0)} ms, LCP ${result.lcpMs.toFixed(0)} ms, TBT ${result.tbtMs.toFixed(0)} ms`,
        ),
    });
  } finally {
    for (const server of servers) server.stop();
  }

  const report: AbReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    runs,
    a,
    b,
    pages: pages.map((page) =>
      summariseSides(page, results.get(`${originA}${page}`)!, results.get(`${originB}${page}`)!),
    ),
  };
  writeFileSync(join(out, 'ab.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderAbReport(report);
  writeFileSync(join(out, 'ab.md'), markdown);
  console.log(`\n${markdown}\nWritten: reports/bench/ab.md and reports/bench/ab.json`);
  return 0;
}
