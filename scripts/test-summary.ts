/**
 * Turns each runner's JSON report into counts, and the counts into the one closing line CI reads.
 * Pure functions: scripts/test.ts does the running and the file reading.
 */

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface RunnerResult extends Counts {
  name: string;
  exitCode: number;
  /** A test runner must run at least one test; typecheck and lint are single checks. */
  isTestRunner: boolean;
  /** Wall time of the step, for the summary: where the suite's minutes go. */
  seconds?: number;
}

/** Counts from Vitest's `json` reporter (Jest-compatible shape). */
export function vitestCounts(report: unknown): Counts {
  const r = report as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
    testResults?: { status?: string; assertionResults?: { status?: string }[] }[];
  };
  // A file that fails to load (syntax error, throwing import) has no failed test of its own.
  const brokenFiles = (r.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + brokenFiles,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

/** Counts from Playwright's `json` reporter. */
export function playwrightCounts(report: unknown): Counts {
  const r = report as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
    errors?: unknown[];
  };
  const stats = r.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    // Retries are off, so a flaky test can only come from a config change: count it as failed.
    // Global errors (web server did not start, a spec file did not load) fail the run too.
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (r.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

/** Counts for a single check (typecheck, lint) judged by its exit code. */
export function checkCounts(exitCode: number): Counts {
  return exitCode === 0
    ? { passed: 1, failed: 0, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0 };
}

/**
 * A runner that exited non-zero must show at least one failure, and a test runner that ran
 * nothing is a failure: neither may slip through as a green line.
 */
export function settle(result: RunnerResult): RunnerResult {
  const ranNothing = result.isTestRunner && result.passed + result.failed === 0;
  const unexplainedExit = result.exitCode !== 0 && result.failed === 0;
  return ranNothing || unexplainedExit ? { ...result, failed: result.failed + 1 } : result;
}

export function runnerLine(result: RunnerResult): string {
  const skipped = result.skipped > 0 ? `, ${result.skipped} skipped` : '';
  const took = result.seconds === undefined ? '' : `, ${Math.round(result.seconds)} s`;
  return `  ${result.name}: ${result.passed} passed, ${result.failed} failed${skipped} (exit ${result.exitCode}${took})`;
}

export function totalLine(results: readonly RunnerResult[]): string {
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  return `${passed} passed, ${failed} failed`;
}

export function allGreen(results: readonly RunnerResult[]): boolean {
  return results.every((r) => r.failed === 0);
}

interface PlaywrightSuite {
  title: string;
  specs?: { title: string; tests: { projectName: string; status: string }[] }[];
  suites?: PlaywrightSuite[];
}

export interface TestRuns {
  /** File, describe blocks and title, with the project: `[chromium] e2e/x.spec.ts › a › b`. */
  title: string;
  runs: number;
  failures: number;
}

/**
 * From a Playwright JSON report of repeated runs (`--repeat-each`): every test that did not pass
 * each time it ran, with how often it failed. A test that failed even once is on the list.
 */
export function unstableTests(report: unknown): TestRuns[] {
  const tests = new Map<string, TestRuns>();
  const visit = (suite: PlaywrightSuite, path: string[]) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const title = `[${test.projectName}] ${[...here, spec.title].join(' › ')}`;
        const entry = tests.get(title) ?? { title, runs: 0, failures: 0 };
        entry.runs += 1;
        if (test.status === 'unexpected' || test.status === 'flaky') entry.failures += 1;
        tests.set(title, entry);
      }
    }
    for (const child of suite.suites ?? []) visit(child, here);
  };
  for (const suite of (report as { suites?: PlaywrightSuite[] }).suites ?? []) visit(suite, []);
  return [...tests.values()].filter((test) => test.failures > 0);
}
