import { expect, test } from './fixtures.ts';

/** Markup that would run or render if any text were put into the page as HTML. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss = (window.__xss || 0) + 1">',
  '<script>window.__xss = (window.__xss || 0) + 1</script>',
  '<b data-xss>bold</b>',
];

async function expectInert(page: import('@playwright/test').Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  await expect(page.locator('img[src="x"], [data-xss], main script')).toHaveCount(0);
}

test.describe('text from outside is text, never HTML', () => {
  test.use({ scenario: 'low' });

  test('promotion names from the API show as typed in the billing history', async ({
    page,
    openApp,
    api,
    billing,
  }) => {
    await openApp('/settings/billing');
    for (const [index, name] of PAYLOADS.entries()) {
      expect((await api.grantPromotion(`xss-${index}`, 1, name)).status).toBe(201);
    }
    for (const name of PAYLOADS)
      await expect(billing.history.getByText(name, { exact: false })).toBeVisible();
    await expectInert(page);
  });

  test('chat messages show as typed, and so do the replies around them', async ({
    page,
    openApp,
    chat,
  }) => {
    await openApp();
    for (const message of PAYLOADS) {
      // One at a time, as a person would: the chat sends the next once the last is answered.
      await chat.ask(message);
      await expect(chat.log.getByText(message, { exact: true })).toBeVisible();
    }
    await expectInert(page);
  });
});
