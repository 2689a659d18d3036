/**
 * Lighthouse (its defaults: mobile, simulated throttling) on pages of a running server, in the
 * same Chromium the tests use. Every page is measured `runs` times, the pages taking turns (so a
 * burst of load from elsewhere on the machine hits all of them alike), and reported as medians
 * beside the react + react-dom baseline page measured in the same run. The Next.js host's page,
 * rendered on the server, is measured in the same turns and reported on its own.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../chromium.ts';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** First contentful paint: for a page rendered on the server, when its HTML is on screen. */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that did not pass in the three categories, to explain a score below target. */
  failing: string[];
  /** The element of the largest paint, as Lighthouse names it. */
  lcpElement: string;
  /**
   * The requests that had finished when the largest paint happened (paths, hashes dropped).
   * Lighthouse's simulated phone counts each of them before that paint: they explain its LCP.
   */
  beforeLcp: string[];
}

/** One page: the median of each measure over its runs, and the runs themselves. */
export interface LighthouseResult extends LighthouseRun {
  url: string;
  runs: LighthouseRun[];
}

export type ComparedPage = LighthouseResult & {
  /** Page's performance score minus the baseline's (target ≥ -0.02). */
  scoreDiff: number;
  /** Page's LCP over the baseline's (target ≤ 1.3; ≤ 0.8 for the server-rendered page). */
  lcpRatio: number;
};

export interface LighthouseComparison {
  baseline: LighthouseResult;
  pages: ComparedPage[];
  /** The Next.js host's `/` (examples/next-host), its first HTML rendered on the server. */
  serverRendered?: ComparedPage;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarise(url: string, runs: LighthouseRun[]): LighthouseResult {
  const of = (pick: (run: LighthouseRun) => number) => median(runs.map(pick));
  return {
    url,
    runs,
    performance: of((r) => r.performance),
    accessibility: of((r) => r.accessibility),
    bestPractices: of((r) => r.bestPractices),
    fcpMs: of((r) => r.fcpMs),
    lcpMs: of((r) => r.lcpMs),
    tbtMs: of((r) => r.tbtMs),
    cls: of((r) => r.cls),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    ...explainedBy(
      runs,
      of((r) => r.lcpMs),
    ),
  };
}

/** The LCP element and requests of the run whose LCP is the median (what the report explains). */
function explainedBy(runs: LighthouseRun[], lcpMs: number) {
  const run = runs.reduce((best, r) =>
    Math.abs(r.lcpMs - lcpMs) < Math.abs(best.lcpMs - lcpMs) ? r : best,
  );
  return { lcpElement: run.lcpElement, beforeLcp: run.beforeLcp };
}

interface LanternDetails {
  metrics?: { items?: { observedLargestContentfulPaint?: number }[] };
  requests?: { items?: { url: string; networkEndTime: number }[] };
  lcp?: { items?: { nodeLabel?: string }[] };
}

/** `/assets/schemas-BcJ4A_Ij.js` -> `/assets/schemas.js`: the same file from build to build. */
const withoutHash = (url: string) => new URL(url).pathname.replace(/-[\w-]{8}(\.\w+)$/, '$1');

async function runOnce(url: string, port: number): Promise<LighthouseRun> {
  const run = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = run.lhr;
  const failing = Object.values(categories)
    .flatMap((category) => category.auditRefs)
    .map((ref) => audits[ref.id])
    .filter(
      (audit) =>
        audit &&
        audit.score !== null &&
        audit.score < 0.9 &&
        audit.scoreDisplayMode !== 'informative',
    )
    .map((audit) => `${audit!.id} (${audit!.displayValue ?? audit!.score})`);
  const details = {
    metrics: audits.metrics?.details,
    requests: audits['network-requests']?.details,
    lcp: audits['lcp-breakdown-insight']?.details,
  } as LanternDetails;
  const observedLcp = details.metrics?.items?.[0]?.observedLargestContentfulPaint ?? Infinity;
  return {
    performance: categories.performance?.score ?? 0,
    accessibility: categories.accessibility?.score ?? 0,
    bestPractices: categories['best-practices']?.score ?? 0,
    fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing: [...new Set(failing)],
    lcpElement: details.lcp?.items?.find((item) => item.nodeLabel)?.nodeLabel ?? 'unknown',
    beforeLcp: (details.requests?.items ?? [])
      .filter((request) => request.networkEndTime <= observedLcp)
      .map((request) => withoutHash(request.url)),
  };
}

/**
 * Runs Lighthouse `runs` times on each of `urls`, in turns (1, 2, 3, 1, 2, 3…), in one Chromium:
 * each url's runs, in order. `beforeEach` is awaited before every run, with the url it precedes.
 */
export async function runInTurns(
  urls: string[],
  {
    runs,
    beforeEach,
    afterEach,
  }: {
    runs: number;
    beforeEach?: (url: string) => Promise<void>;
    afterEach?: (url: string, run: LighthouseRun) => void;
  },
): Promise<Map<string, LighthouseRun[]>> {
  const { executablePath, args = [] } = chromiumLaunchOptions('browser');
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: [...args.filter((flag) => flag !== '--headless'), '--headless=new'],
  });
  const results = new Map<string, LighthouseRun[]>(urls.map((url) => [url, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const url of urls) {
        await beforeEach?.(url);
        const run = await runOnce(url, chrome.port);
        results.get(url)!.push(run);
        afterEach?.(url, run);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/**
 * Runs Lighthouse `runs` times on the baseline page, on each of `urls` and on the `serverRendered`
 * page, in turns.
 */
export async function runLighthouse(
  baselineUrl: string,
  urls: string[],
  {
    runs = 3,
    beforeEach,
    serverRendered,
  }: { runs?: number; beforeEach?: () => Promise<void>; serverRendered?: string } = {},
): Promise<LighthouseComparison> {
  const all = [baselineUrl, ...urls, ...(serverRendered ? [serverRendered] : [])];
  const results = await runInTurns(all, { runs, beforeEach });
  const baseline = summarise(baselineUrl, results.get(baselineUrl)!);
  const compared = (url: string): ComparedPage => {
    const page = summarise(url, results.get(url)!);
    return {
      ...page,
      scoreDiff: page.performance - baseline.performance,
      lcpRatio: page.lcpMs / baseline.lcpMs,
    };
  };
  return {
    baseline,
    pages: urls.map(compared),
    ...(serverRendered ? { serverRendered: compared(serverRendered) } : {}),
  };
}
