/**
 * `npm run test:e2e:stress [-- --repeat 3] [<playwright args>]`: the flake finder. Runs the
 * Playwright suite several times over (`--repeat-each`) while one core is kept busy, as on a
 * loaded CI machine, then lists every test that failed even once. A flaky test is a failing test:
 * the exit code is non-zero when the list is not empty.
 *
 * Any other argument goes to Playwright, e.g. `npm run test:e2e:stress -- e2e/sidebar.spec.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { ensureBrowser } from './ensure-browser.ts';
import { playwrightCounts, unstableTests } from './test-summary.ts';
import { toolsEnv } from './tools-env.ts';

const root = join(import.meta.dirname, '..');
const report = join(root, 'reports', 'e2e-stress.json');

/** `--repeat N` is ours; everything else is handed to Playwright as given. */
function splitArgs(args: string[]): { repeat: string; playwrightArgs: string[] } {
  const at = args.findIndex((arg) => arg === '--repeat' || arg.startsWith('--repeat='));
  if (at === -1) return { repeat: '3', playwrightArgs: args };
  const [flag] = args.slice(at, at + 1);
  const inline = flag!.includes('=');
  const repeat = inline ? flag!.slice('--repeat='.length) : (args[at + 1] ?? '');
  const playwrightArgs = args.filter((_, i) => i !== at && (inline || i !== at + 1));
  return { repeat, playwrightArgs };
}

const { repeat: repeatText, playwrightArgs } = splitArgs(process.argv.slice(2));
const repeat = Number(repeatText);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`--repeat takes a whole number of runs, 1 or more (got "${repeatText}").`);
  process.exit(2);
}

const problem = ensureBrowser();
if (problem) {
  console.error(problem);
  process.exit(1);
}
mkdirSync(join(root, 'reports'), { recursive: true });
rmSync(report, { force: true });

// One core spins for the whole run: the suite must hold up on a machine that is busy elsewhere.
const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
const started = Date.now();
const run = spawnSync(
  'playwright',
  ['test', `--repeat-each=${repeat}`, '--reporter=dot,json', ...playwrightArgs],
  {
    cwd: root,
    stdio: 'inherit',
    env: toolsEnv({ PLAYWRIGHT_JSON_OUTPUT_FILE: report }),
  },
);
busy.kill();
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

if (!existsSync(report)) {
  console.error(`Playwright wrote no report (exit ${run.status ?? 'none'}): nothing to judge.`);
  process.exit(1);
}
const json = JSON.parse(readFileSync(report, 'utf8')) as unknown;
const counts = playwrightCounts(json);
const unstable = unstableTests(json);
const globalErrors = (json as { errors?: { message?: string }[] }).errors ?? [];

console.log(
  `\nStress run: ${repeat} repetitions with one core busy, ${minutes} min; ` +
    `${counts.passed} runs passed, ${counts.failed} failed.`,
);
for (const error of globalErrors) console.log(`  run error: ${error.message ?? 'unknown'}`);
if (unstable.length === 0 && globalErrors.length === 0 && counts.passed > 0) {
  console.log('Flaky tests: none.');
} else {
  console.log(`Flaky or failing tests: ${unstable.length}`);
  for (const test of unstable) console.log(`  ${test.failures}/${test.runs} failed: ${test.title}`);
  process.exitCode = 1;
}
