import { expect, test } from '@playwright/test';

/** What every page asks the API for first: the gauge's credits and the banner's agent. */
const FIRST_REQUESTS = ['/api/credits', '/api/agent'];

test.describe('the first load of the production build', () => {
  test('asks for the credits and the agent with the HTML, once each', async ({ page }) => {
    const asked: string[] = [];
    let allAsked!: () => void;
    const requestsOnTheirWay = new Promise<void>((resolve) => (allAsked = resolve));
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!FIRST_REQUESTS.includes(path)) return;
      asked.push(path);
      if (FIRST_REQUESTS.every((first) => asked.includes(first))) allAsked();
    });
    // The app's script is held until both requests are on their way. A request that waits for
    // the script is then never made, and the gauge never shows its number: the test fails.
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await requestsOnTheirWay;
      await route.continue();
    });

    await page.goto('/');
    await expect(page.getByText(/of 100 left/)).toBeVisible();
    // The app's own fetches took the preloaded answers: nothing was asked for twice.
    expect(asked.toSorted()).toEqual(FIRST_REQUESTS.toSorted());
  });

  test('loads the test chat and the contract parser only after the first paint', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Try your agent' })).toBeVisible();
    const { firstPaint, lazy } = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      lazy: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/(test-chat|schemas)-/.test(entry.name))
        .map((entry) => ({ name: entry.name, startTime: entry.startTime })),
    }));
    expect(firstPaint).toBeGreaterThan(0);
    expect(lazy.map(({ name }) => name.match(/(test-chat|schemas)-/)?.[1]).toSorted()).toEqual([
      'schemas',
      'test-chat',
    ]);
    for (const { startTime } of lazy) expect(startTime).toBeGreaterThanOrEqual(firstPaint!);
  });
});
