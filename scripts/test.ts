/**
 * `npm test`: every check in order, keeping on after a failure, then one summary.
 *
 *   the checks, two at a time: typecheck and package (build, pack, publint, attw, publish dry run,
 *   API report, install into examples/host, typecheck the host) beside lint, knip and the size
 *   budgets
 *   -> vitest (unit, storybook (both themes), host, then browsers: the core flows in Chromium,
 *   Firefox and WebKit) -> playwright (e2e, production, host, next-host)
 *
 * Typecheck, lint, knip, the size budgets and the package count as one check each (pass or fail); Vitest and Playwright count their
 * tests from their JSON reports. The last line printed is `N passed, N failed`, the line CI reads.
 * The exit code is non-zero when anything failed or a test runner ran no test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { ensureBrowser } from './ensure-browser.ts';
import {
  type Counts,
  type RunnerResult,
  allGreen,
  checkCounts,
  playwrightCounts,
  runnerLine,
  settle,
  totalLine,
  vitestCounts,
} from './test-summary.ts';
import { toolsEnv } from './tools-env.ts';

const root = join(import.meta.dirname, '..');
const reportsDir = join(root, 'reports');
const vitestReport = join(reportsDir, 'vitest.json');
// Written by the json reporter in playwright.config.ts.
const playwrightReport = join(reportsDir, 'playwright.json');

// The machine reaches only the package registries.
const env = toolsEnv({ STORYBOOK_DISABLE_TELEMETRY: '1' });

function run(command: string, args: string[]): { exitCode: number; seconds: number } {
  console.log(`\n> ${[command, ...args].join(' ')}\n`);
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (child.error) console.error(child.error.message);
  return { exitCode: child.status ?? 1, seconds: (performance.now() - started) / 1000 };
}

function readReport(path: string, count: (report: unknown) => Counts): Counts {
  if (!existsSync(path)) {
    console.error(`No report at ${path}.`);
    return { passed: 0, failed: 0, skipped: 0 };
  }
  return count(JSON.parse(readFileSync(path, 'utf8')));
}

interface Check {
  name: string;
  command: string;
  args: string[];
}

/** One check, its output held back and printed whole when it ends, so two never interleave. */
function runCheck({ name, command, args }: Check): Promise<RunnerResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (exitCode: number, error?: Error) => {
      console.log(`\n> ${[command, ...args].join(' ')}\n`);
      process.stdout.write(Buffer.concat(output));
      if (error) console.error(error.message);
      const seconds = (performance.now() - started) / 1000;
      resolve(settle({ name, exitCode, seconds, isTestRunner: false, ...checkCounts(exitCode) }));
    };
    child.on('error', (error) => finish(1, error));
    child.on('close', (code) => finish(code ?? 1));
  });
}

/**
 * The checks, two at a time: each mostly keeps one core busy, and the machine we plan for has two.
 * Measured alone on 2 cores: typecheck 16 s, lint 24 s, package 21 s (+3 s since: publish dry run
 * 1 s, API report 2 s), knip 3 s, size 2 s.
 */
async function runChecks(lanes: Check[][]): Promise<RunnerResult[]> {
  const done = await Promise.all(
    lanes.map(async (lane) => {
      const results: RunnerResult[] = [];
      for (const check of lane) results.push(await runCheck(check));
      return results;
    }),
  );
  const byName = new Map(done.flat().map((result) => [result.name, result]));
  return lanes.flat().map(({ name }) => byName.get(name)!);
}

function testRunner(
  name: string,
  command: string,
  args: string[],
  report: string,
  count: (report: unknown) => Counts,
): RunnerResult {
  rmSync(report, { force: true });
  const { exitCode, seconds } = run(command, args);
  return settle({ name, exitCode, seconds, isTestRunner: true, ...readReport(report, count) });
}

async function main(): Promise<void> {
  const problem = ensureBrowser();
  if (problem) {
    console.error(problem);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }
  mkdirSync(reportsDir, { recursive: true });

  const checks = await runChecks([
    [
      { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
      // The package as a host installs it; the host's Vitest and Playwright tests below use it.
      { name: 'package', command: 'node', args: ['scripts/host-example.ts', 'prepare'] },
    ],
    [
      { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
      // Unused files, exports and dependencies: a rule left behind by a move shows up here.
      { name: 'knip', command: 'npm', args: ['run', '--silent', 'knip'] },
      { name: 'size budgets', command: 'npm', args: ['run', '--silent', 'size'] },
    ],
  ]);
  const results = [
    ...checks,
    testRunner(
      'vitest',
      'vitest',
      ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
      vitestReport,
      vitestCounts,
    ),
    testRunner('playwright', 'playwright', ['test'], playwrightReport, playwrightCounts),
  ];

  console.log(
    '\nSummary (typecheck, lint, knip, size budgets and the package count as one check each):',
  );
  for (const result of results) console.log(runnerLine(result));
  console.log(totalLine(results));
  process.exitCode = allGreen(results) ? 0 : 1;
}

await main();
