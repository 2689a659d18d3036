import { expect, reloadApp, test } from './fixtures.ts';

test.describe('scenarios', () => {
  test('a new visitor starts as a new Free account with 50 credits', async ({ page, gauge }) => {
    await page.goto('/');
    await gauge.expectBalance(50, 50);
  });

  test('?scenario= resets the backend, drops the parameter, and a reload keeps the state', async ({
    page,
    gauge,
    openApp,
  }) => {
    await openApp();
    await gauge.expectBalance(50, 50);

    await page.goto('/?scenario=low');
    await gauge.expectBalance(7, 100);
    await expect(page).toHaveURL(/\/$/);

    await reloadApp(page);
    await gauge.expectBalance(7, 100);
  });

  test('an unknown scenario says which ones exist', async ({ page }) => {
    await page.goto('/?scenario=bankrupt');
    await expect(page.getByRole('alert')).toContainText('There is no mock scenario “bankrupt”');
    await expect(page.getByRole('alert')).toContainText('new-free');
  });
});

test.describe('concurrency', () => {
  test.use({ scenario: 'onboarded' });

  test('120 actions from two tabs at once: 100 charged, 20 skipped, one switch, the same after a reload', async ({
    page,
    openApp,
    openSecondTab,
    api,
    gauge,
  }) => {
    await openApp();
    await gauge.expectBalance(100, 100);
    const second = await openSecondTab();

    const [first, other] = await Promise.all([
      api.spend(60, { prefix: 'tab-a' }),
      second.api.spend(60, { prefix: 'tab-b' }),
    ]);
    const outcomes = [...first, ...other];
    expect(outcomes.filter((o) => o === 'charged')).toHaveLength(100);
    expect(outcomes.filter((o) => o === 'skipped')).toHaveLength(20);

    const check = async () => {
      const credits = await api.request<{ balance: number; spent: number }>('GET', '/api/credits');
      expect(credits.body).toMatchObject({ balance: 0, spent: 100 });
      const switches = await api.request<{ entries: { by: string }[] }>(
        'GET',
        '/api/credits/ledger?type=mode_changed&limit=500',
      );
      expect(switches.body.entries.filter((e) => e.by === 'system')).toHaveLength(1);
      const agent = await api.request<{
        activationMode: string;
        autoDisabled: { skippedActions: number };
      }>('GET', '/api/agent');
      expect(agent.body).toMatchObject({
        activationMode: 'disable_all_replies',
        autoDisabled: { skippedActions: 20 },
      });
      await gauge.expectBalance(0, 100);
    };
    await check();
    await second.gauge.expectBalance(0, 100);
    await reloadApp(page);
    await check();
  });
});
