import { expect, reloadApp, test } from './fixtures.ts';

test.describe('the gauge follows spends made anywhere', () => {
  test.use({ scenario: 'onboarded' });

  // How fast it moves is the bench's to measure (`npm run bench`, freshness); here, that it does.
  test('a spend in a second tab moves the first tab', async ({ openApp, openSecondTab, gauge }) => {
    await openApp();
    await gauge.expectBalance(100, 100);
    const second = await openSecondTab();
    for (let i = 1; i <= 3; i++) {
      await second.api.spend(1, { prefix: `other-tab-${i}` });
      await gauge.expectBalance(100 - i, 100);
    }
  });

  test('crossing into low is announced once, and reaching zero once', async ({
    openApp,
    api,
    gauge,
  }) => {
    await openApp();
    await api.spend(90, { prefix: 'to-low' });
    await gauge.expectBalance(10, 100);
    await expect(gauge.announcer).toHaveText(
      'Your free AI credits are running low: 10 credits left.',
    );
    await api.spend(10, { prefix: 'to-zero' });
    await gauge.expectBalance(0, 100);
    await expect(gauge.announcer).toHaveText('Your free AI credits have run out. AI is now off.');
  });
});

test.describe('on Pro', () => {
  test.use({ scenario: 'pro' });

  test('there is no gauge in the page at all', async ({ page, openApp, gauge }) => {
    await openApp();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await gauge.expectAbsent();
    await expect(page.getByText('Free AI credits')).toHaveCount(0);
  });
});

test.describe('getting to billing', () => {
  test.use({ scenario: 'low' });

  test('by keyboard alone: Tab to the gauge, Enter opens Settings -> Billing', async ({
    page,
    openApp,
    gauge,
  }) => {
    await openApp();
    await page.locator('body').focus();
    let presses = 0;
    while (!(await gauge.link.evaluate((el) => el === document.activeElement)) && presses < 15) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await expect(gauge.link).toBeFocused();
    await expect(page.getByRole('tooltip')).toContainText('one credit is used');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/settings\/billing$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
  });

  test('Space on the gauge opens billing too', async ({ page, openApp, gauge }) => {
    await openApp();
    await gauge.link.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\/settings\/billing$/);
  });
});

test.describe('layout', () => {
  test.use({ scenario: 'low' });

  test('the gauge loads without shifting anything (CLS 0)', async ({
    page,
    openApp,
    api,
    gauge,
  }) => {
    await openApp();
    // From the next page load's first script on, every layout shift is summed.
    await page.addInitScript(() => {
      const state = { total: 0 };
      const add = (entries: PerformanceEntryList) => {
        for (const entry of entries as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) state.total += entry.value;
      };
      const observer = new PerformanceObserver((list) => add(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      (window as unknown as { layoutShift: () => number }).layoutShift = () => {
        add(observer.takeRecords());
        return state.total;
      };
    });
    // Slow the API down so the loading placeholder is on screen for a while before the number.
    await api.faults({ latencyMs: 800 });
    await page.reload();
    await gauge.expectBalance(7, 100);
    // Two painted frames after the number is in: any shift it caused has been recorded by then.
    const shift = await page.evaluate(async () => {
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      await frame();
      await frame();
      return (window as unknown as { layoutShift: () => number }).layoutShift();
    });
    expect(shift).toBe(0);
  });

  test('a collapsed sidebar keeps the number, and stays collapsed after a reload', async ({
    page,
    openApp,
    gauge,
  }) => {
    await openApp();
    await page.getByRole('button', { name: 'Collapse sidebar' }).click();
    await expect(gauge.region).toContainText('7/100');
    await gauge.expectBalance(7, 100);
    await reloadApp(page);
    await expect(page.getByRole('button', { name: 'Expand sidebar' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(gauge.region).toContainText('7/100');
  });

  test('on a phone the gauge still shows the number', async ({ page, openApp, gauge }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp();
    await expect(gauge.region).toBeInViewport();
    await expect(gauge.region).toContainText('7 of 100 left');
  });
});

test.describe('QA panel', () => {
  test('opens with Alt+Shift+Q and resets the scenario for every tab', async ({
    page,
    openApp,
    openSecondTab,
    gauge,
  }) => {
    await openApp();
    const second = await openSecondTab();
    await page.keyboard.press('Alt+Shift+KeyQ');
    const panel = page.getByRole('region', { name: 'QA panel' });
    await expect(panel).toBeVisible();
    await panel.getByRole('combobox', { name: 'Scenario' }).selectOption('low');
    await panel.getByRole('button', { name: 'Reset to scenario' }).click();
    await gauge.expectBalance(7, 100);
    await second.gauge.expectBalance(7, 100);
  });
});
