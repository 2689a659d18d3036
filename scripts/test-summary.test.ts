import { describe, expect, test } from 'vitest';

import {
  type RunnerResult,
  allGreen,
  checkCounts,
  playwrightCounts,
  runnerLine,
  settle,
  totalLine,
  unstableTests,
  vitestCounts,
} from './test-summary.ts';

function result(overrides: Partial<RunnerResult>): RunnerResult {
  return {
    name: 'runner',
    exitCode: 0,
    isTestRunner: true,
    passed: 0,
    failed: 0,
    skipped: 0,
    ...overrides,
  };
}

describe('vitestCounts', () => {
  test('reads passed, failed and skipped tests', () => {
    const report = {
      numPassedTests: 5,
      numFailedTests: 2,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }] }],
    };
    expect(vitestCounts(report)).toEqual({ passed: 5, failed: 2, skipped: 2 });
  });

  test('counts a file that failed to load as a failure', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
        { status: 'failed', assertionResults: [] },
      ],
    };
    expect(vitestCounts(report)).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });
});

describe('playwrightCounts', () => {
  test('reads expected, unexpected and skipped tests', () => {
    const report = { stats: { expected: 4, unexpected: 1, flaky: 0, skipped: 2 }, errors: [] };
    expect(playwrightCounts(report)).toEqual({ passed: 4, failed: 1, skipped: 2 });
  });

  test('counts flaky tests and global errors as failures', () => {
    const report = {
      stats: { expected: 0, unexpected: 0, flaky: 1, skipped: 0 },
      errors: [{ message: 'webServer exited early' }],
    };
    expect(playwrightCounts(report)).toEqual({ passed: 0, failed: 2, skipped: 0 });
  });
});

describe('settle', () => {
  test('a test runner that ran no test has failed', () => {
    expect(settle(result({ passed: 0, failed: 0, skipped: 3 })).failed).toBe(1);
  });

  test('a non-zero exit with no counted failure is a failure', () => {
    expect(settle(result({ exitCode: 1, passed: 7 })).failed).toBe(1);
  });

  test('leaves an honest result alone', () => {
    const honest = result({ exitCode: 1, passed: 7, failed: 2 });
    expect(settle(honest)).toEqual(honest);
  });

  test('a passing check is one passed test', () => {
    const lint = result({ name: 'lint', isTestRunner: false, ...checkCounts(0) });
    expect(settle(lint)).toMatchObject({ passed: 1, failed: 0 });
  });
});

test('the total line sums every runner', () => {
  const results = [
    result({ ...checkCounts(0) }),
    result({ ...checkCounts(1) }),
    result({ passed: 10, failed: 2 }),
  ];
  expect(totalLine(results)).toBe('11 passed, 3 failed');
  expect(allGreen(results)).toBe(false);
});

describe('runnerLine', () => {
  test('says what a step counted and how long it took', () => {
    expect(runnerLine(result({ name: 'lint', passed: 1, seconds: 41.6 }))).toBe(
      '  lint: 1 passed, 0 failed (exit 0, 42 s)',
    );
    expect(
      runnerLine(result({ name: 'vitest', passed: 3, failed: 1, skipped: 2, exitCode: 1 })),
    ).toBe('  vitest: 3 passed, 1 failed, 2 skipped (exit 1)');
  });
});

describe('unstableTests', () => {
  const run = (status: string) => ({ projectName: 'chromium', status });
  const report = {
    suites: [
      {
        title: 'sidebar.spec.ts',
        specs: [{ title: 'steady', tests: [run('expected'), run('expected'), run('expected')] }],
        suites: [
          {
            title: 'on Pro',
            specs: [
              {
                title: 'once in three',
                tests: [run('expected'), run('unexpected'), run('expected')],
              },
            ],
          },
        ],
      },
      {
        title: 'agent.spec.ts',
        specs: [{ title: 'passed on retry', tests: [run('flaky')] }],
      },
    ],
  };

  test('lists every test that failed even once, with how often, and nothing that always passed', () => {
    expect(unstableTests(report)).toEqual([
      { title: '[chromium] sidebar.spec.ts › on Pro › once in three', runs: 3, failures: 1 },
      { title: '[chromium] agent.spec.ts › passed on retry', runs: 1, failures: 1 },
    ]);
  });

  test('an empty report has nothing unstable', () => {
    expect(unstableTests({})).toEqual([]);
  });
});
