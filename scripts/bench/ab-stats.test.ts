import { describe, expect, test } from 'vitest';

import { renderAbReport, summariseSides } from './ab-report.ts';
import { compareSides, mannWhitneyU, normalCdf, quantile, spread } from './ab-stats.ts';
import type { LighthouseRun } from './lighthouse.ts';

describe('spread', () => {
  test('interpolates quartiles between ranks, as numpy does', () => {
    expect(spread([3, 1, 2, 4])).toEqual({
      n: 4,
      median: 2.5,
      min: 1,
      max: 4,
      q1: 1.75,
      q3: 3.25,
      iqr: 1.5,
    });
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4, 10], p))).toEqual([2, 3, 4]);
  });

  test('leaves out runs without a number', () => {
    expect(spread([NaN, 5, 7])).toMatchObject({ n: 2, median: 6, min: 5, max: 7 });
    expect(spread([]).n).toBe(0);
    expect(spread([]).median).toBeNaN();
  });
});

test('normalCdf', () => {
  expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
  expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 6);
});

// The p-values are scipy.stats.mannwhitneyu(b, a, use_continuity=True, method='asymptotic').
describe('mannWhitneyU', () => {
  test('wholly separated sides', () => {
    expect(mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10])).toEqual({
      u: 25,
      p: expect.closeTo(0.0121858, 5) as number,
      higher: 'b',
    });
    expect(mannWhitneyU([1, 2, 3, 4], [5, 6, 7, 8]).p).toBeCloseTo(0.0303828, 5);
  });

  test('scores with many ties', () => {
    const a = [0.98, 0.99, 0.99, 1.0, 0.97, 0.99];
    const b = [0.99, 1.0, 1.0, 1.0, 0.99, 1.0];
    const result = mannWhitneyU(a, b);
    expect(result.u).toBe(29);
    expect(result.p).toBeCloseTo(0.0698481, 5);
  });

  test('overlapping timings', () => {
    const a = [1200, 1250, 1300, 1280, 1190, 1400, 1230, 1260, 1300, 1220];
    const b = [1210, 1240, 1320, 1270, 1200, 1380, 1250, 1290, 1310, 1230];
    const result = mannWhitneyU(a, b);
    expect(result.u).toBe(55.5);
    expect(result.p).toBeCloseTo(0.705034, 5);
  });

  test('two runs a side can never stand out', () => {
    expect(mannWhitneyU([1, 2], [3, 4]).p).toBeGreaterThan(0.2);
    expect(mannWhitneyU([5, 5, 5], [5, 5, 5])).toEqual({ u: 4.5, p: 1, higher: 'neither' });
  });
});

describe('compareSides', () => {
  const slow = [1300, 1310, 1320, 1330, 1340];
  const fast = [1000, 1010, 1020, 1030, 1040];

  test('a lower time on B is better, a lower score worse', () => {
    expect(compareSides(slow, fast, true)).toMatchObject({ diff: -300, verdict: 'B better' });
    expect(compareSides(fast, slow, true)).toMatchObject({ diff: 300, verdict: 'B worse' });
    expect(
      compareSides([0.99, 0.99, 0.98, 1, 0.99], [0.8, 0.81, 0.79, 0.8, 0.82], false),
    ).toMatchObject({ verdict: 'B worse' });
  });

  test('a difference of medians inside the noise is no difference', () => {
    expect(
      compareSides([1000, 1400, 1100, 1300, 1200], [1050, 1450, 1150, 1250, 1210], true),
    ).toMatchObject({ diff: 10, verdict: 'within noise' });
  });
});

describe('the A/B report', () => {
  const run = (performance: number, lcpMs: number): LighthouseRun => ({
    performance,
    accessibility: 1,
    bestPractices: 1,
    fcpMs: lcpMs - 150,
    lcpMs,
    tbtMs: 20,
    cls: 0,
    failing: [],
    lcpElement: 'h1',
    beforeLcp: [],
  });
  const page = summariseSides(
    '/',
    [0.9, 0.91, 0.9, 0.89, 0.9].map((score, i) => run(score, 2000 + i * 10)),
    [0.99, 0.98, 0.99, 1, 0.99].map((score, i) => run(score, 1500 + i * 10)),
  );

  test('a measure that moved stands out; one that did not is noise', () => {
    expect(page.measures.map((m) => [m.name, m.verdict])).toEqual([
      ['Performance score', 'B better'],
      ['FCP (ms)', 'B better'],
      ['LCP (ms)', 'B better'],
      ['TBT (ms)', 'within noise'],
    ]);
  });

  test('a row gives each side its median, range and IQR, then B − A', () => {
    const side = { label: 'x', commit: null, nodeModules: 'shared' };
    const firstJs = { files: ['assets/index.js'], gzip: 90_000, bytes: 300_000 };
    const markdown = renderAbReport({
      startedAt: 's',
      finishedAt: 'f',
      machine: 'test',
      runs: 5,
      a: { ...side, firstJs },
      b: { ...side, firstJs: { ...firstJs, gzip: 90_120 } },
      pages: [page],
    });
    expect(markdown).toContain(
      '| LCP (ms) | 2020 | 2000–2040 | 2010–2030 (20) | 1520 | 1500–1540 |',
    );
    expect(markdown).toContain('| gzip | 90,000 B | 90,120 B | +120 B |');
  });
});
