/**
 * `npm test`: every check in order, keeping on after a failure, then one summary.
 *
 *   typecheck -> lint -> knip -> size budgets -> package (build, pack, publint, attw, install into
 *   examples/host, typecheck the host) -> vitest (unit, storybook, storybook-dark, host, then
 *   browsers: the core flows in Chromium, Firefox and WebKit) -> playwright (e2e, production, host)
 *
 * Typecheck, lint, knip, the size budgets and the package count as one check each (pass or fail); Vitest and Playwright count their
 * tests from their JSON reports. The last line printed is `N passed, N failed`, the line CI reads.
 * The exit code is non-zero when anything failed or a test runner ran no test.
 */
import { spawnSync } from 'node:child_process';
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

function check(name: string, command: string, args: string[]): RunnerResult {
  const { exitCode, seconds } = run(command, args);
  return settle({ name, exitCode, seconds, isTestRunner: false, ...checkCounts(exitCode) });
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

function main(): void {
  const problem = ensureBrowser();
  if (problem) {
    console.error(problem);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }
  mkdirSync(reportsDir, { recursive: true });

  const results = [
    check('typecheck', 'npm', ['run', '--silent', 'typecheck']),
    check('lint', 'npm', ['run', '--silent', 'lint']),
    // Unused files, exports and dependencies: a rule left behind by a move shows up here.
    check('knip', 'npm', ['run', '--silent', 'knip']),
    check('size budgets', 'npm', ['run', '--silent', 'size']),
    // The package as a host installs it; the host's Vitest and Playwright tests below use it.
    check('package', 'node', ['scripts/host-example.ts', 'prepare']),
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

main();
