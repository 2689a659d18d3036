import { describe, expect, test } from 'vitest';

import { summarise, type LighthouseRun } from './lighthouse.ts';
import type { GzipCost, PackageSize } from './package-size.ts';
import { renderReport } from './report.ts';

const yardstick = 64_000;
const cost = (gzip: number): GzipCost => ({
  chunks: [{ file: 'assets/entry.js', bytes: gzip * 3, gzip }],
  bytes: gzip * 3,
  gzip,
  ratio: gzip / yardstick,
});

const packageSize: PackageSize = {
  reactDom: cost(yardstick),
  full: { first: cost(60_000), lazy: cost(14_000) },
  gauge: { first: cost(21_120), lazy: cost(14_000) },
  hooks: { first: cost(80_000), lazy: cost(14_000) },
  css: cost(5_000),
  anchors: [
    { name: 'Stigg usage widget', ratio: 6.6, comparesWith: 'gauge' },
    { name: 'Schematic metered features', ratio: 3.2, comparesWith: 'gauge' },
    { name: 'autumn-js hooks', ratio: 1.18, comparesWith: 'hooks' },
  ],
};

const base = { startedAt: '2026-11-30T00:00:00Z', machine: 'test' };

/** The cells of the Markdown table row whose first cell starts with `measure`. */
function row(markdown: string, measure: string): string[] | undefined {
  return markdown
    .split('\n')
    .find((line) => line.startsWith(`| ${measure}`))
    ?.slice(2, -2)
    .split(' | ');
}

describe('renderReport: the package beside the anchors', () => {
  const markdown = renderReport({ ...base, package: packageSize });

  test('puts react-dom down as the yardstick', () => {
    expect(row(markdown, 'react-dom/client')).toEqual([
      'react-dom/client, react external: the yardstick',
      '62.5 KB (64,000 B)',
      '1.00×',
      '',
    ]);
  });

  test('sets the gauge beside the usage-widget anchors only', () => {
    expect(row(markdown, 'Gauge only (')).toEqual([
      'Gauge only (`CreditsProvider` + `CreditsGauge`): first JavaScript',
      '20.6 KB (21,120 B)',
      '0.33×',
      'Stigg usage widget 6.6× (the package is lighter); Schematic metered features 3.2× (the package is lighter)',
    ]);
  });

  test('sets the hooks beside autumn-js hooks, and says when the package is heavier', () => {
    expect(row(markdown, 'Hooks only (')).toEqual([
      'Hooks only (`CreditsProvider` + `useCredits`): first JavaScript',
      '78.1 KB (80,000 B)',
      '1.25×',
      'autumn-js hooks 1.18× (the package is heavier)',
    ]);
  });

  test('counts the lazy chunks apart', () => {
    expect(row(markdown, 'Everything: lazy')?.slice(0, 3)).toEqual([
      'Everything: lazy chunks (1, loaded on demand)',
      '13.7 KB (14,000 B)',
      '0.22×',
    ]);
  });

  test('reports a failed measurement instead of the table', () => {
    const failed = renderReport({ ...base, package: { error: 'No package in examples/host' } });
    expect(failed).not.toContain('## The package beside the anchors');
    expect(failed).toContain('- package: No package in examples/host');
  });
});

describe('renderReport: why a Lighthouse target was missed', () => {
  const run = (lcpMs: number, beforeLcp: string[]): LighthouseRun => ({
    performance: 0.95,
    accessibility: 1,
    bestPractices: 1,
    lcpMs,
    tbtMs: 120,
    cls: 0,
    failing: [],
    lcpElement: `element of the ${lcpMs} ms run`,
    beforeLcp,
  });
  const baseline = {
    ...run(1300, ['/assets/index.js']),
    performance: 1,
    tbtMs: 0,
    url: 'http://b/',
  };
  const runs = [run(2000, ['/a.js']), run(1800, ['/index.js', '/api/credits']), run(1700, [])];
  const page = {
    ...summarise('http://app/settings/billing', runs),
    scoreDiff: -0.05,
    lcpRatio: 1800 / 1300,
  };
  const markdown = renderReport({
    ...base,
    lighthouse: { baseline: { ...baseline, runs: [] }, pages: [page] },
  });

  test('names the largest paint and the requests finished before it, from the median run', () => {
    const note = markdown
      .split('\n')
      .find((line) => line.startsWith('- Lighthouse /settings/billing'));
    expect(note).toContain('LCP 1.38×');
    expect(note).toContain('“element of the 1800 ms run”');
    expect(note).toContain('by then, each on a slow network: /index.js, /api/credits.');
  });
});
