import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO_CSP_URL, OUT_DIR } from '../../playwright.config.ts';
import { expect, test } from '../fixtures.ts';
import { SidebarGauge } from '../pages/sidebar-gauge.ts';

/** Collects Content-Security-Policy violations the page reports, from its first script on. */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

test.describe('the production build on the mock backend over HTTP', () => {
  test('works under the strict CSP and follows spends made through the API', async ({
    page,
    request,
  }) => {
    // The server outlives one test (repeated runs, `--repeat-each`): start from its scenario.
    const reset = await request.post('/api/qa/scenario', { data: { name: 'low' } });
    expect(reset.status()).toBe(200);
    const violations = await watchCsp(page);
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const gauge = new SidebarGauge(page);
    await gauge.expectBalance(7, 100);

    const spend = await request.post('/api/ai-actions', {
      data: { kind: 'dm_reply', idempotencyKey: `prod-${Date.now()}` },
    });
    expect(spend.status()).toBe(201);
    await gauge.expectBalance(6, 100);
    expect(violations).toEqual([]);
  });

  test('ships no mock: no worker file, no QA panel, no MSW code', async ({ page }) => {
    const worker = await page.request.get('/mockServiceWorker.js');
    expect(await worker.text()).not.toContain('Mock Service Worker');
    await page.goto('/');
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('button', { name: /QA panel/ })).toHaveCount(0);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js')),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = await (await page.request.get(script)).text();
      // Markers of MSW, its worker, and the QA routes and panel (named, not dumped, on failure).
      const markers = ['mockServiceWorker', 'Mock Service Worker', '/api/qa/', 'QA panel'];
      expect(
        markers.filter((marker) => code.includes(marker)),
        script,
      ).toEqual([]);
    }
  });
});

test.describe('the demo build', () => {
  test('runs its mock worker under the same strict CSP', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(`${DEMO_CSP_URL}/?scenario=low`);
    await new SidebarGauge(page).expectBalance(7, 100);
    await expect(page.getByRole('button', { name: /QA panel/ })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test('the demo build folder is not what production ships', () => {
  // The folders follow E2E_PORT, as the web servers that build them do.
  expect(existsSync(`${OUT_DIR}-prod/mockServiceWorker.js`)).toBe(false);
  expect(existsSync(`${OUT_DIR}/mockServiceWorker.js`)).toBe(true);
});
