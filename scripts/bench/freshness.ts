/**
 * From a spend to the gauge showing it. Another tab or the API: a spend made outside the page
 * reaches it through the live events stream. The same page: the test chat's reply spends a credit
 * and the gauge moves optimistically, before the server answers.
 */
import type { Browser, Page } from 'playwright';
import { api, percentile } from './server.ts';

export interface FreshnessResult {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** The gauge's meter (the billing page has a meter of its own). */
const GAUGE = '[role="meter"][aria-label="Free AI credits"]';

/** Resolves with the time (performance.timeOrigin-based epoch ms) the gauge next changes value. */
export async function armMeterWatch(page: Page) {
  await page.evaluate((gauge) => {
    const meter = document.querySelector(gauge)!;
    const w = window as unknown as { __changed?: Promise<number> };
    w.__changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve(performance.timeOrigin + performance.now());
      });
      observer.observe(meter, { attributes: true, attributeFilter: ['aria-valuenow'] });
    });
  }, GAUGE);
}

/** When the armed watch fired; a spend the gauge never shows fails the sample after `withinMs`. */
export const changedAt = (page: Page, withinMs = 5000) =>
  page.evaluate(
    (within) =>
      Promise.race([
        (window as unknown as { __changed: Promise<number> }).__changed,
        new Promise<number>((_, reject) =>
          setTimeout(
            () => reject(new Error(`The gauge did not move within ${within} ms of the spend.`)),
            within,
          ),
        ),
      ]),
    withinMs,
  );

export function summarise(samples: number[]): FreshnessResult {
  return {
    samples: samples.length,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    maxMs: Math.max(...samples),
  };
}

export async function measureOtherTab(
  browser: Browser,
  base: string,
  spends = 60,
): Promise<{ otherTab: FreshnessResult; api: FreshnessResult }> {
  await api(base, 'POST', '/api/qa/scenario', { name: 'onboarded' });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByRole('meter', { name: 'Free AI credits' }).waitFor();
  const other = await context.newPage();
  await other.goto(`${base}/`);
  await other.getByRole('meter', { name: 'Free AI credits' }).waitFor();

  const fromTab: number[] = [];
  const fromApi: number[] = [];
  for (let i = 0; i < spends; i++) {
    await armMeterWatch(page);
    if (i % 2 === 0) {
      // The other tab's clock and this one's are the same machine clock (epoch ms).
      const sentAt = await other.evaluate(async (key) => {
        const at = performance.timeOrigin + performance.now();
        await fetch('/api/ai-actions', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'dm_reply', idempotencyKey: key }),
        });
        return at;
      }, `fresh-tab-${i}`);
      fromTab.push((await changedAt(page)) - sentAt);
    } else {
      const sentAt = Date.now();
      await api(base, 'POST', '/api/ai-actions', {
        kind: 'intent_detection',
        idempotencyKey: `fresh-api-${i}`,
      });
      fromApi.push((await changedAt(page)) - sentAt);
    }
  }
  await context.close();
  return { otherTab: summarise(fromTab), api: summarise(fromApi) };
}

/**
 * The same page: type in the test chat, send, and time from the send (the click) to the gauge
 * moving. The gauge moves on the optimistic update, before the server has answered.
 */
export async function measureSamePage(
  browser: Browser,
  base: string,
  spends = 50,
): Promise<FreshnessResult> {
  await api(base, 'POST', '/api/qa/scenario', { name: 'onboarded' });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByRole('meter', { name: 'Free AI credits' }).waitFor();
  const input = page.getByRole('textbox', { name: /message/i });
  const samples: number[] = [];
  for (let i = 0; i < spends; i++) {
    await input.fill(`Hello number ${i}`);
    // Watch the meter and click Send in one step inside the page: the time is from the click's
    // dispatch to the meter's new value, both on the page's clock.
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const meter = document.querySelector('[role="meter"]')!;
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Send',
          )!;
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now() - clickedAt);
          });
          observer.observe(meter, { attributes: true, attributeFilter: ['aria-valuenow'] });
          const clickedAt = performance.now();
          button.click();
          setTimeout(() => reject(new Error('The gauge did not move within 5 s of Send.')), 5000);
        }),
    );
    samples.push(elapsed);
    // Let the reply settle before the next message, so each sample is one spend.
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    await page.waitForTimeout(100);
  }
  await context.close();
  return summarise(samples);
}
