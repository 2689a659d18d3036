/**
 * The billing page with 100, 10,000 and 100,000 ledger entries: time from navigation until the
 * history shows its first rows (usable), how many rows are in the DOM, and the JS heap.
 */
import type { Browser } from 'playwright';
import { api } from './server.ts';

export interface ScalePoint {
  entries: number;
  usableMs: number;
  domRows: number;
  heapMb: number;
}

export async function measureScale(browser: Browser, base: string, sizes = [100, 10_000, 100_000]) {
  const points: ScalePoint[] = [];
  for (const entries of sizes) {
    await api(base, 'POST', '/api/qa/scenario', { name: 'long-history', entries });
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const started = Date.now();
    await page.goto(`${base}/settings/billing`);
    await page.locator('[data-slot="ledger-row"]').first().waitFor({ timeout: 30_000 });
    const usableMs = Date.now() - started;
    await page.waitForTimeout(300);
    const domRows = await page.locator('[data-slot="ledger-row"]').count();
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
    points.push({ entries, usableMs, domRows, heapMb: heap / 1024 / 1024 });
    await context.close();
  }
  const [smallest, , largest] = [points[0]!, points[1], points.at(-1)!];
  return {
    points,
    timeRatio: largest.usableMs / smallest.usableMs,
    heapRatio: largest.heapMb / smallest.heapMb,
  };
}
