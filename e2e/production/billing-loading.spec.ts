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

  test('asks for its own code and the contract parser with its HTML, beside the first chunk', async ({
    page,
  }) => {
    const PAGE_CODE = [/\/assets\/billing-[^/]+\.js$/, /\/assets\/schemas-[^/]+\.js$/];
    const asked = PAGE_CODE.map(() => 0);
    let allAsked!: () => void;
    const codeOnItsWay = new Promise<void>((resolve) => (allAsked = resolve));
    page.on('request', (request) => {
      PAGE_CODE.forEach((pattern, index) => {
        if (pattern.test(new URL(request.url()).pathname)) asked[index]! += 1;
      });
      if (asked.every((count) => count > 0)) allAsked();
    });
    // The first chunk is held until the page's own code is on its way. Code that waits for the
    // first chunk to run is then never asked for, and the page never appears: the test fails.
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await codeOnItsWay;
      await route.continue();
    });

    await page.goto('/settings/billing');
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await expect(page.getByText(/Running low: \d+ credits? left\./)).toBeVisible();
    // Preloaded, then imported: each asked for once.
    expect(asked).toEqual([1, 1]);
  });

  test('shows the plan in the first render after its code and credits are in, with no hold', async ({
    page,
  }) => {
    // React's Suspense throttle holds a page back until 300 ms after a fallback was shown. With
    // the page's clock frozen, its timers run only as far as this test moves it: here 1 ms per
    // look, and the page must be there long before 300 ms of its time have passed. Time on the
    // machine's own clock (network, code) runs as usual, so a slow machine only takes more looks.
    await page.clock.install({ time: new Date('2026-06-01T12:00:00Z') });
    await page.clock.pauseAt(new Date('2026-06-01T12:01:00Z'));
    let moved = 0;
    const warning = page.getByText(/Running low: \d+ credits? left\./);

    await page.goto('/settings/billing');
    await expect
      .poll(async () => {
        if (await warning.isVisible()) return true;
        await page.clock.runFor(1);
        moved += 1;
        return false;
      })
      .toBe(true);
    expect(moved).toBeLessThan(300);
  });

  test('shows the plan while the history list, below the first screen, is still on its way', async ({
    page,
  }) => {
    // The list's code (with its virtualizer) is a chunk of its own, held here: the plan and its
    // alert appear without it, the history keeps its place busy, and the list comes once it lands.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = 0;
    await page.route(/\/assets\/virtual-ledger-[^/]+\.js$/, async (route) => {
      requested += 1;
      await held;
      await route.continue();
    });

    await page.goto('/settings/billing');
    await expect(page.getByText(/Running low: \d+ credits? left\./)).toBeVisible();
    const history = page.getByRole('main').locator('[data-slot="ledger-history"]');
    await expect(history.getByText(/\d+ entr(y|ies)/)).toBeVisible();
    await expect(history.locator('[aria-busy="true"]')).toHaveCount(1);
    // Asked for just after the frame that shows the entries has painted: waited for, not assumed.
    await expect.poll(() => requested).toBe(1);

    release();
    await expect(history.getByRole('region', { name: 'All activity' })).toBeVisible();
    await expect(history.locator('[data-slot="ledger-row"]').first()).toBeVisible();
    await expect(history.locator('[data-slot="ledger-loading"]')).toHaveCount(0);
    expect(requested).toBe(1);
  });

  test('on a phone, skips laying out the history until it is scrolled near', async ({ page }) => {
    // The first layout of text on a fresh page is the costly one. The history, screens below a
    // phone's first one, is skipped (content-visibility) until it comes near: a skipped section's
    // content reports itself not visible to `checkVisibility({ contentVisibilityAuto: true })`.
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto('/settings/billing');
    await expect(page.getByText(/Running low: \d+ credits? left\./)).toBeVisible();
    const history = page.getByRole('main').locator('[data-section="billing-history"]');
    await expect(history.getByText(/\d+ entr(y|ies)/)).toBeAttached();
    const laidOut = () =>
      history.evaluate((element) =>
        element.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }),
      );
    await expect.poll(laidOut).toBe(false);

    await history.scrollIntoViewIfNeeded();
    await expect.poll(laidOut).toBe(true);
  });
});
