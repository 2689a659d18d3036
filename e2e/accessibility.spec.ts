import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SCENARIO_NAMES, type ScenarioName } from '../src/contract/qa.ts';
import { AXE_TAGS, COLOUR_RULES } from '../src/testing/a11y-rules.ts';
import { expect, test } from './fixtures.ts';

const PAGES = [
  { path: '/', ready: 'Your AI Agent' },
  { path: '/settings/billing', ready: 'Billing' },
  { path: '/settings/activation-rules', ready: 'Activation rules' },
];

// long-history is the billing page's scale scenario; its pages are the same as `pro`'s.
const SCENARIOS = SCENARIO_NAMES.filter((name) => name !== 'long-history');

/**
 * The scenarios whose pages are checked in the dark theme too: between them they show every part a
 * page can hold (the low gauge and the upgrade offer, the banner at zero and after a promotion, the
 * Pro plan). The other scenarios show the same parts in other states, which every component's
 * stories check in both themes.
 */
const DARK_TOO = new Set<ScenarioName>(['low', 'exhausted', 'promo-after-exhaustion', 'pro']);

/**
 * axe's violations as one line each. Only violations are reported back (`resultTypes`): the
 * passing checks' details are most of axe's work on a page this size.
 */
async function violations(path: string, builder: AxeBuilder) {
  const { violations } = await builder.options({ resultTypes: ['violations'] }).analyze();
  return violations.map(
    (v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
  );
}

async function setTheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  // The app follows the system's scheme live (src/app/color-scheme.ts).
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
}

/**
 * Every page in every scenario, as composed in the app: landmarks, headings, names and contrast.
 * Each page is checked in full in the light theme, then (in the scenarios of DARK_TOO) switched to
 * dark as the system would switch it, where the colour rules run again. Measured on 2 cores with one
 * worker: a scenario's three pages take 10 s in light, 15 s with dark; one axe run takes 1.4 to 2.9 s.
 */
for (const scenario of SCENARIOS) {
  const themes = DARK_TOO.has(scenario) ? 'light and dark' : 'light';
  test(`every page at ${scenario} has no violations, ${themes}`, async ({ page }) => {
    for (const [index, { path, ready }] of PAGES.entries()) {
      // The first page resets the scenario; the next ones keep what the first set.
      await page.goto(index === 0 ? `${path}?scenario=${scenario}` : path);
      await setTheme(page, 'light');
      await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await violations(path, new AxeBuilder({ page }).withTags(AXE_TAGS))).toEqual([]);
      if (!DARK_TOO.has(scenario)) continue;

      await setTheme(page, 'dark');
      expect(
        await violations(`${path} (dark)`, new AxeBuilder({ page }).withRules(COLOUR_RULES)),
      ).toEqual([]);
    }
  });
}
