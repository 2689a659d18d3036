/**
 * Lighthouse (its defaults: mobile, simulated throttling) on pages of a running server, in the
 * same Chromium the tests use.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../chromium.ts';

export interface LighthouseResult {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that did not pass in the three categories, to explain a score below target. */
  failing: string[];
}

export async function runLighthouse(urls: string[]): Promise<LighthouseResult[]> {
  const { executablePath, args = [] } = chromiumLaunchOptions();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: [...args.filter((flag) => flag !== '--headless'), '--headless=new'],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const run = await lighthouse(url, {
        port: chrome.port,
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
      results.push({
        url,
        performance: categories.performance?.score ?? 0,
        accessibility: categories.accessibility?.score ?? 0,
        bestPractices: categories['best-practices']?.score ?? 0,
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        failing: [...new Set(failing)],
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
