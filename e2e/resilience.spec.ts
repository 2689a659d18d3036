import { expect, reloadApp, test } from './fixtures.ts';

test.use({ scenario: 'low' });

test.describe('when the credit service misbehaves, the gauge says so and never shows a wrong number', () => {
  test('down at load: an error with a retry, then the right number once it is back', async ({
    page,
    openApp,
    api,
    gauge,
  }) => {
    await openApp();
    await api.faults({ routes: { credits: 'error_503', events: 'error_503' } });
    await reloadApp(page);
    await expect(gauge.region).toContainText('Could not load your credits.');
    await expect(gauge.meter).toHaveCount(0);

    await api.faults({});
    await gauge.region.getByRole('button', { name: 'Try again' }).click();
    await gauge.expectBalance(7, 100);
  });

  test('a malformed payload is an error, not a number', async ({ page, openApp, api, gauge }) => {
    await openApp();
    await api.faults({ routes: { credits: 'malformed', events: 'error_503' } });
    await reloadApp(page);
    await expect(gauge.region).toContainText('Could not load your credits.');
    await expect(gauge.meter).toHaveCount(0);
  });

  test('going down while open keeps the last number, marked as possibly out of date, and recovers', async ({
    openApp,
    api,
    gauge,
  }) => {
    await openApp();
    await gauge.expectBalance(7, 100);
    await api.faults({ routes: { credits: 'error_503', events: 'error_503' } });
    await expect(gauge.region).toContainText('May be out of date');
    await gauge.expectBalance(7, 100);

    await api.faults({});
    await expect(gauge.region).not.toContainText('May be out of date');
    await gauge.expectBalance(7, 100);
  });

  test('slow: the placeholder holds the place until the number arrives', async ({
    page,
    openApp,
    api,
    gauge,
  }) => {
    await openApp();
    await api.faults({ latencyMs: 1500 });
    await page.reload();
    await expect(page.getByText('Loading your AI credits')).toBeAttached();
    await gauge.expectBalance(7, 100);
  });
});

test('offline and back: the number is kept, marked, then refreshed', async ({
  network,
  openApp,
  gauge,
}) => {
  await openApp();
  await gauge.expectBalance(7, 100);
  await network.offline();
  await expect(gauge.region).toContainText('May be out of date');
  await network.online();
  await expect(gauge.region).not.toContainText('May be out of date');
  await gauge.expectBalance(7, 100);
});
