/** The A/B comparison's results (`npm run bench -- --ab`) and their Markdown. */
import { compareSides, spread, type Difference, type Spread } from './ab-stats.ts';
import type { LighthouseRun } from './lighthouse.ts';
import { markdownRow } from './report.ts';
import type { BuildSizes } from './size.ts';

export interface AbSide {
  /** The revision as asked for, with its commit and subject; or the work tree. */
  label: string;
  /** null: the work tree, uncommitted changes included. */
  commit: string | null;
  nodeModules: string;
  /** The entry chunk and its static imports. */
  firstJs: BuildSizes['initial'];
}

const MEASURES = [
  { key: 'performance', name: 'Performance score', lowerIsBetter: false },
  { key: 'fcpMs', name: 'FCP (ms)', lowerIsBetter: true },
  { key: 'lcpMs', name: 'LCP (ms)', lowerIsBetter: true },
  { key: 'tbtMs', name: 'TBT (ms)', lowerIsBetter: true },
] as const;

export interface AbMeasure extends Difference {
  name: string;
  a: Spread;
  b: Spread;
}

export interface AbPage {
  path: string;
  measures: AbMeasure[];
  runs: { a: LighthouseRun[]; b: LighthouseRun[] };
}

export interface AbReport {
  startedAt: string;
  finishedAt: string;
  machine: string;
  /** Lighthouse runs per side and page. */
  runs: number;
  a: AbSide;
  b: AbSide;
  pages: AbPage[];
}

export function summariseSides(path: string, a: LighthouseRun[], b: LighthouseRun[]): AbPage {
  return {
    path,
    measures: MEASURES.map(({ key, name, lowerIsBetter }) => {
      const [valuesA, valuesB] = [a.map((run) => run[key]), b.map((run) => run[key])];
      return {
        name,
        a: spread(valuesA),
        b: spread(valuesB),
        ...compareSides(valuesA, valuesB, lowerIsBetter),
      };
    }),
    runs: { a, b },
  };
}

/** Scores with two decimals, times in whole milliseconds. */
const figure = (name: string, value: number) =>
  name.startsWith('Performance') ? value.toFixed(2) : value.toFixed(0);
const signed = (name: string, value: number) => `${value > 0 ? '+' : ''}${figure(name, value)}`;
const bytes = (value: number) => `${value.toLocaleString('en')} B`;

function pageTable({ path, measures }: AbPage): string[] {
  const side = (name: string, s: Spread) => [
    figure(name, s.median),
    `${figure(name, s.min)}–${figure(name, s.max)}`,
    `${figure(name, s.q1)}–${figure(name, s.q3)} (${figure(name, s.iqr)})`,
  ];
  return [
    `## ${path}`,
    '',
    '| Measure | A median | A min–max | A IQR | B median | B min–max | B IQR | B − A | p | Verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...measures.map((m) =>
      markdownRow([
        m.name,
        ...side(m.name, m.a),
        ...side(m.name, m.b),
        signed(m.name, m.diff),
        m.p.toFixed(3),
        m.verdict,
      ]),
    ),
    '',
  ];
}

export function renderAbReport(report: AbReport): string {
  const { a, b } = report;
  const runsA = Math.min(...report.pages.map((page) => page.runs.a.length));
  return [
    '# Bench A/B',
    '',
    `Run ${report.startedAt} to ${report.finishedAt} on ${report.machine}. Each side's production build served by the work tree's HTTP mock (brotli, strict CSP), scenario \`low\` reset before every run; Lighthouse mobile, default throttling, ${report.runs} runs a side on each page, A and B taking turns.`,
    '',
    `- **A**: ${a.label}; node_modules: ${a.nodeModules}`,
    `- **B**: ${b.label}; node_modules: ${b.nodeModules}`,
    '',
    '| First JavaScript | A | B | B − A |',
    '| --- | --- | --- | --- |',
    markdownRow([
      'gzip',
      bytes(a.firstJs.gzip),
      bytes(b.firstJs.gzip),
      `${b.firstJs.gzip - a.firstJs.gzip > 0 ? '+' : ''}${bytes(b.firstJs.gzip - a.firstJs.gzip)}`,
    ]),
    markdownRow(['files', String(a.firstJs.files.length), String(b.firstJs.files.length), '']),
    '',
    ...report.pages.flatMap(pageTable),
    'Verdict: a two-sided Mann-Whitney U test of the runs (normal approximation, corrected for ties), a difference when p < 0.05: "B better" or "B worse", otherwise "within noise". IQR: the middle half of the runs (first to third quartile, and its width). Four measures a page are four tests, so one may pass by chance now and then.',
    ...(runsA < 4
      ? [
          '',
          `With ${runsA} run(s) a side no difference can reach p < 0.05: this is a smoke test. Use 10 or more.`,
        ]
      : []),
    '',
  ].join('\n');
}
