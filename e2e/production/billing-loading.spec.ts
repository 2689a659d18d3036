import { expect, test } from '@playwright/test';

/** The billing page's own data: the credits summary is the gauge's and is asked for on every page. */
const PAGE_DATA = ['/api/credits/ledger', '/api/credits/usage', '/api/onboarding'];

test.describe('the billing page on the production build', () => {
  test('asks for its data while its code is still on the way, not after', async ({ page }) => {
    const order: string[] = [];
    const asked = new Set<string>();
    let allAsked!: () => void;
    const dataOnItsWay = new Promise<void>((resolve) => (allAsked = resolve));
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!PAGE_DATA.includes(path) || asked.has(path)) return;
      asked.add(path);
      order.push(`data ${path}`);
      if (asked.size === PAGE_DATA.length) allAsked();
    });
    // The route's chunk is held until all of the page's data has been asked for. Data that waits
    // for the chunk is then never asked for, and the page never appears: the test fails.
    await page.route(/\/assets\/billing-[^/]+\.js$/, async (route) => {
      order.push('chunk requested');
      await dataOnItsWay;
      order.push('chunk delivered');
      await route.continue();
    });

    await page.goto('/settings/billing');
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'All activity' })).toBeVisible();
    expect(order.indexOf('chunk delivered')).toBe(order.length - 1);
    expect(order.filter((step) => step.startsWith('data '))).toHaveLength(PAGE_DATA.length);
  });
});
