import { expect, test } from '@playwright/test';

/**
 * The production build in French, over real HTTP: the words arrive as chunks of their own after
 * the first JavaScript, and the page must take them in without an error (a render that suspended
 * on them once made React report error #520 here, which the demo build did not show).
 */
test.describe('the production build in French', () => {
  for (const [path, heading] of [
    ['/?lang=fr', 'Votre agent IA'],
    ['/settings/billing?lang=fr', 'Facturation'],
  ] as const) {
    test(`${path} shows French with nothing logged`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(
        page.getByRole('complementary').getByRole('meter', { name: 'Crédits IA offerts' }),
      ).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      expect(problems).toEqual([]);
    });
  }
});
