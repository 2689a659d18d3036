/**
 * The Storybook docs pages as a designer opens them: the static build over http
 * (`npm run storybook:static`). Every docs page renders, has a description and passes axe; the
 * MDX tables render as tables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { AXE_TAGS } from '../../src/testing/a11y-rules.ts';

interface IndexEntry {
  id: string;
  title: string;
  type: 'docs' | 'story';
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

/**
 * The docs pages, read from the sources (test names must be known before the build is served):
 * each story file with its title, unless it opts out of autodocs, and each MDX page's title.
 */
function docsPages(): { id: string; title: string }[] {
  const root = join(import.meta.dirname, '..', '..', 'src');
  const titles: string[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(stories\.tsx|mdx)$/.test(file)) continue;
    const source = readFileSync(join(root, file), 'utf8');
    if (source.includes("'!autodocs'")) continue;
    const title = /title[:=]\s*['"]([^'"]+)['"]/.exec(source)?.[1];
    if (title) titles.push(title);
  }
  // Storybook's own id rule: lower case, anything else a single dash.
  const toId = (title: string) =>
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return titles.map((title) => ({ title, id: `${toId(title)}--docs` }));
}

for (const { id, title } of docsPages()) {
  test(`docs page "${title}" has a description and no axe violations`, async ({ page }) => {
    await page.goto(`/iframe.html?id=${id}&viewMode=docs`);
    await expect(page.locator('.sbdocs-content > h1').first()).toBeVisible();
    // Every page opens with a sentence on what it shows (for a component: what it is for).
    await expect(page.locator('.sbdocs-content > h1 + p')).not.toBeEmpty();
    // Wait until the page's stories have rendered (loading stories stay loading on purpose).
    await expect(page.locator('.sb-preparing-docs')).toBeHidden();
    const { violations } = await new AxeBuilder({ page })
      .include('#storybook-docs')
      // Storybook's own controls table (its toggles' "True"/"False" are its design, not ours).
      .exclude('.docblock-argstable')
      .withTags(AXE_TAGS)
      // A docs page shows the same component several times, under Storybook's own h1-h3: these
      // rules judge one whole document, so they hold per story (each story's test runs axe with
      // them on) and cannot hold for a page of repeated examples.
      .disableRules([
        'landmark-unique',
        'landmark-no-duplicate-banner',
        'landmark-no-duplicate-contentinfo',
        'landmark-no-duplicate-main',
        'heading-order',
        // Flags Storybook's preview box (not a story) when a story grows while it renders; every
        // story's own test checks it.
        'scrollable-region-focusable',
      ])
      .analyze();
    expect(
      violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`),
    ).toEqual([]);
  });
}
