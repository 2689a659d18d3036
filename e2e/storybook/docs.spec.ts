/**
 * The Storybook docs pages as a designer opens them: the static build over http
 * (`npm run storybook:static`). Every docs page renders, has a description and passes axe; the
 * MDX tables render as tables.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

interface IndexEntry {
  id: string;
  title: string;
  type: 'docs' | 'story';
  tags?: string[];
}

async function docsEntries(baseURL: string): Promise<IndexEntry[]> {
  const response = await fetch(new URL('/index.json', baseURL));
  const index = (await response.json()) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'docs');
}

test('every component has a docs page', async ({ baseURL }) => {
  const entries = await fetch(new URL('/index.json', baseURL)).then(
    (response) => response.json() as Promise<{ entries: Record<string, IndexEntry> }>,
  );
  // Pages/ are whole screens, not components.
  const titles = new Set(
    Object.values(entries.entries)
      .map((entry) => entry.title)
      .filter((title) => !title.startsWith('Pages/')),
  );
  const documented = new Set(
    Object.values(entries.entries)
      .filter((entry) => entry.type === 'docs')
      .map((entry) => entry.title),
  );
  expect([...titles].filter((title) => !documented.has(title))).toEqual([]);
});

test('the credit states page shows its tables as tables', async ({ page }) => {
  await page.goto('/iframe.html?id=foundations-credit-states-at-a-glance--docs&viewMode=docs');
  const gaugeTable = page.getByRole('table').first();
  await expect(gaugeTable.getByRole('columnheader', { name: 'When it appears' })).toBeVisible();
  await expect(gaugeTable.getByRole('row')).toHaveCount(9);
  await expect(page.getByText('| State')).toHaveCount(0);
});

test('every docs page has a description and no axe violations', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  for (const entry of await docsEntries(baseURL!)) {
    await page.goto(`/iframe.html?id=${entry.id}&viewMode=docs`);
    const title = page.locator('.sbdocs-content > h1').first();
    await expect(title).toBeVisible();
    // Every page opens with a sentence on what it shows (for a component: what it is for).
    const intro = page.locator('.sbdocs-content > h1 + p');
    if ((await intro.count()) === 0 || !(await intro.innerText()).trim()) {
      problems.push(`${entry.id}: no description under the title`);
    }
    // Wait until the page's stories have rendered (loading stories stay loading on purpose).
    await expect(page.locator('.sb-preparing-docs')).toBeHidden();
    const { violations } = await new AxeBuilder({ page })
      .include('#storybook-docs')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    problems.push(
      ...violations.map(
        (v) => `${entry.id}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
      ),
    );
  }
  expect(problems).toEqual([]);
});
