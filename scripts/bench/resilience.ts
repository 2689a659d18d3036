/**
 * 200 AI actions from two tabs while a fifth of the requests fail or stall at random. Each tab
 * retries a failed action with the same idempotency key until it gets an answer, as a real
 * client would. Then: the ledger must be exact (100 charged, 100 skipped, balance 0, one switch),
 * and the gauge must never have shown a number the backend never had, nor an older number after
 * a newer one (a stale number must be marked as stale).
 */
import type { Browser, Page } from 'playwright';
import { api } from './server.ts';

interface Shown {
  value: number;
  stale: boolean;
}

async function recordGauge(page: Page) {
  await page.evaluate(() => {
    const shown: { value: number; stale: boolean }[] = [];
    (window as unknown as { __shown: typeof shown }).__shown = shown;
    const read = () => {
      const meter = document.querySelector('[role="meter"]');
      if (!meter) return;
      const value = Number(meter.getAttribute('aria-valuenow'));
      const stale = !!meter.closest('[data-stale]');
      const last = shown.at(-1);
      if (!last || last.value !== value || last.stale !== stale) shown.push({ value, stale });
    };
    read();
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      attributes: true,
      childList: true,
    });
  });
}

async function spendWithRetries(page: Page, prefix: string, count: number) {
  return page.evaluate(
    async ({ prefix, count }) => {
      let attempts = 0;
      const one = async (i: number) => {
        for (;;) {
          attempts += 1;
          try {
            const response = await fetch('/api/ai-actions', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                kind: 'scenario_ai_message',
                idempotencyKey: `${prefix}-${i}`,
              }),
              signal: AbortSignal.timeout(1500),
            });
            if (response.ok) return ((await response.json()) as { outcome: string }).outcome;
          } catch {
            // Timed out or failed: try again with the same key.
          }
        }
      };
      const outcomes = await Promise.all(Array.from({ length: count }, (_, i) => one(i)));
      return { outcomes, attempts };
    },
    { prefix, count },
  );
}

export interface ResilienceResult {
  failureRate: number;
  attempts: number;
  charged: number;
  skipped: number;
  balance: number | null;
  systemSwitches: number;
  ledgerEntries: number;
  shownValues: number;
  shownStale: number;
  impossibleShown: Shown[];
  wentBackwards: Shown[];
  exact: boolean;
}

export async function measureResilience(
  browser: Browser,
  base: string,
  failureRate = 0.2,
): Promise<ResilienceResult> {
  await api(base, 'POST', '/api/qa/scenario', { name: 'onboarded' });
  const context = await browser.newContext();
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto(`${base}/`);
    await page.getByRole('meter', { name: 'Free AI credits' }).waitFor();
  }
  await recordGauge(first);
  await api(base, 'PUT', '/api/qa/faults', { randomFailureRate: failureRate });
  const [a, b] = await Promise.all([
    spendWithRetries(first, 'res-a', 100),
    spendWithRetries(second, 'res-b', 100),
  ]);
  await api(base, 'PUT', '/api/qa/faults', {});
  await first
    .waitForFunction(
      () => document.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') === '0',
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  await first.waitForTimeout(1000);
  const shown = await first.evaluate(
    () => (window as unknown as { __shown: { value: number; stale: boolean }[] }).__shown,
  );
  await context.close();

  const credits = await api<{ balance: number | null; spent: number }>(base, 'GET', '/api/credits');
  const ledger = await api<{
    entries: { type: string; outcome?: string; by?: string }[];
    total: number;
  }>(base, 'GET', '/api/credits/ledger?limit=500');
  const outcomes = [...a.outcomes, ...b.outcomes];
  const charged = ledger.entries.filter(
    (e) => e.type === 'ai_action' && e.outcome === 'charged',
  ).length;
  const skipped = ledger.entries.filter(
    (e) => e.type === 'ai_action' && e.outcome === 'skipped',
  ).length;
  const systemSwitches = ledger.entries.filter(
    (e) => e.type === 'mode_changed' && e.by === 'system',
  ).length;
  // The backend's balance only ever went 100, 99, ..., 0: anything else shown was invented.
  const had = new Set(Array.from({ length: 101 }, (_, i) => i));
  const fresh = shown.filter((s) => !s.stale);
  const impossibleShown = fresh.filter((s) => !had.has(s.value));
  const wentBackwards = fresh.filter((s, i) =>
    fresh.slice(0, i).some((earlier) => earlier.value < s.value),
  );
  return {
    failureRate,
    attempts: a.attempts + b.attempts,
    charged,
    skipped,
    balance: credits.balance,
    systemSwitches,
    ledgerEntries: ledger.total,
    shownValues: shown.length,
    shownStale: shown.filter((s) => s.stale).length,
    impossibleShown,
    wentBackwards,
    exact:
      charged === 100 &&
      skipped === 100 &&
      outcomes.filter((o) => o === 'charged').length === 100 &&
      credits.balance === 0 &&
      credits.spent === 100 &&
      systemSwitches === 1 &&
      impossibleShown.length === 0 &&
      wentBackwards.length === 0,
  };
}
