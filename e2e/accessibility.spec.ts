import AxeBuilder from '@axe-core/playwright';
import { SCENARIO_NAMES } from '../src/contract/qa.ts';
import { expect, test } from './fixtures.ts';

const PAGES = [
  { path: '/', ready: 'Your AI Agent' },
  { path: '/settings/billing', ready: 'Billing' },
  { path: '/settings/activation-rules', ready: 'Activation rules' },
];

// long-history is the billing page's scale scenario; its pages are the same as `pro`'s.
const SCENARIOS = SCENARIO_NAMES.filter((name) => name !== 'long-history');

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const scenario of SCENARIOS) {
      test(`every page at ${scenario} has no violations`, async ({ page }) => {
        for (const [index, { path, ready }] of PAGES.entries()) {
          // The first page resets the scenario; the next ones keep what the first set.
          await page.goto(index === 0 ? `${path}?scenario=${scenario}` : path);
          await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible();
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          expect(
            violations.map(
              (v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
            ),
          ).toEqual([]);
        }
      });
    }
  });
}
