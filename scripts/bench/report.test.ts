import { describe, expect, test } from 'vitest';

import { summarise, type LighthouseRun } from './lighthouse.ts';
import type { HandOver, ManyTabsResult, ManyTabsRound } from './many-tabs.ts';
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
    fcpMs: 900,
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

describe('renderReport: the server-rendered Next.js host', () => {
  const run = (lcpMs: number): LighthouseRun => ({
    performance: 1,
    accessibility: 1,
    bestPractices: 1,
    fcpMs: 800,
    lcpMs,
    tbtMs: 90,
    cls: 0,
    failing: [],
    lcpElement: 'h1',
    beforeLcp: ['/', '/_next/static/chunks/app.css'],
  });
  const baseline = { ...summarise('http://b/', [run(1300)]), runs: [] };
  const next = (lcpMs: number) => ({
    ...summarise('http://next/', [run(lcpMs), run(lcpMs + 50), run(lcpMs - 50)]),
    scoreDiff: 0,
    lcpRatio: lcpMs / 1300,
  });
  const rowOf = (lcpMs: number) => {
    const markdown = renderReport({
      ...base,
      lighthouse: { baseline, pages: [], serverRendered: next(lcpMs) },
    });
    return { markdown, cells: row(markdown, 'Lighthouse Next.js host /') };
  };

  test('holds its LCP to 0.8× the baseline, whatever its TBT', () => {
    const { cells } = rowOf(910);
    expect(cells?.[1]).toContain('FCP 800.0 ms, LCP 910.0 ms (0.70×)');
    expect(cells?.slice(2)).toEqual([
      "LCP ≤ 0.8× baseline (the balance is in the server's HTML)",
      'met',
    ]);
  });

  test('says what was done before its largest paint when it misses', () => {
    const { cells, markdown } = rowOf(1170);
    expect(cells?.[3]).toBe('missed (LCP 0.90×)');
    expect(markdown).toContain(
      "- Lighthouse Next.js host /: LCP 0.90× the baseline's (FCP 800.0 ms, the baseline's 800.0 ms). Its largest paint is “h1”",
    );
  });
});

describe('renderReport: tabs sharing one live stream', () => {
  const timing = (p50Ms: number, p95Ms: number) => ({ samples: 36, p50Ms, p95Ms, maxMs: p95Ms });
  const round = (streams: number, handOver: Partial<HandOver> = {}): ManyTabsRound => ({
    counts: [1, 6, 12].map((tabs) => ({ tabs, withGauge: tabs, live: tabs, streams })),
    holder: 1,
    farthest: 12,
    farthestPath: '/',
    handOver: { streamMs: 412.3, spendMs: 455.6, takenBy: 2, streamsAfter: 1, ...handOver },
  });
  const tabs = (rounds: ManyTabsRound[], ratio = 1.2): ManyTabsResult => ({
    rounds,
    oneTab: timing(20, 30),
    farthestTab: timing(24, 30 * ratio),
    holderTab: timing(22, 33),
    tabs: 12,
    ratio,
  });

  test('gives each number of tabs its streams and live tabs once when every round agrees', () => {
    const markdown = renderReport({ ...base, tabs: tabs([round(1), round(1), round(1)]) });
    expect(row(markdown, 'Tabs in one browser')?.slice(1)).toEqual([
      '1 tab: 1 stream, gauge in 1 of 1, live 1 of 1; 6 tabs: 1 stream, gauge in 6 of 6, live 6 of 6; 12 tabs: 1 stream, gauge in 12 of 12, live 12 of 12',
      'one stream whatever the tabs; every tab shows the gauge and moves',
      'met',
    ]);
    expect(row(markdown, 'API spend → gauge, farthest')).toEqual([
      'API spend → gauge, farthest of 12 tabs vs 1 tab (n=36 and 36, rounds alternating)',
      'p95 36.0 ms vs 30.0 ms: 1.20×; p50 24.0 ms vs 20.0 ms; the holding tab on the same spends: p50 22.0 ms, p95 33.0 ms; stream held by tab 1, measured in tab 12 (/; the lone tab: /)',
      "p95 ≤ 1.5× one tab's",
      'met',
    ]);
    expect(row(markdown, 'Hand-over')?.slice(1)).toEqual([
      'next stream sent after 412 ms (by tab 2); a spend sent right after the close reached the farthest tab in 456 ms; 1 stream after',
      '≤ 2 s, both; one stream after',
      'met',
    ]);
  });

  test('shows the rounds apart when they differ, and names what missed', () => {
    const markdown = renderReport({
      ...base,
      tabs: tabs(
        [
          round(1),
          { ...round(2), counts: [{ tabs: 12, withGauge: 12, live: 6, streams: 2 }] },
          round(1, { streamMs: null, spendMs: 2500, takenBy: null }),
        ].map((r) => ({ ...r, counts: r.counts.slice(-1) })),
        1.8,
      ),
    });
    expect(row(markdown, 'Tabs in one browser')?.slice(1)).toEqual([
      '12 tabs: 1/2/1 streams, gauge in 12 of 12, live 12/6/12 of 12',
      'one stream whatever the tabs; every tab shows the gauge and moves',
      'missed (12 tabs: 1/2/1 streams; 12 tabs: 6 live)',
    ]);
    expect(row(markdown, 'API spend → gauge, farthest')?.[3]).toBe('missed');
    expect(row(markdown, 'Hand-over')?.slice(1)).toEqual([
      'next stream sent after 412/412/none ms (by tab 2/2/none); a spend sent right after the close reached the farthest tab in 456/456/2500 ms; 1 stream after',
      '≤ 2 s, both; one stream after',
      'missed (stream, spend)',
    ]);
  });

  test('reports a failed measurement apart from the other sections', () => {
    const markdown = renderReport({ ...base, tabs: { error: 'No tab but the holding one' } });
    expect(markdown).not.toContain('| Tabs in one browser');
    expect(markdown).toContain('- tabs: No tab but the holding one');
  });
});
