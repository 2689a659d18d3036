import { test as base, expect, type Page } from '@playwright/test';
import type { Faults, ScenarioName } from '../src/contract/qa.ts';
import type { AiActionKind } from '../src/domain/credits.ts';
import { ActivationRulesPage } from './pages/activation-rules.ts';
import { AutoDisabledBanner } from './pages/banner.ts';
import { BillingPage } from './pages/billing-page.ts';
import { SidebarGauge } from './pages/sidebar-gauge.ts';
import { TestChatPanel } from './pages/test-chat.ts';

export interface AppFixtures {
  /** The mock scenario each test starts in: `test.use({ scenario: 'low' })`. */
  scenario: ScenarioName;
  /** Opens a path of the app on the test's scenario and waits until the app has started. */
  openApp: (path?: string) => Promise<void>;
  /** Page objects: the sidebar gauge, the auto-disabled banner, the test chat, activation rules. */
  gauge: SidebarGauge;
  banner: AutoDisabledBanner;
  chat: TestChatPanel;
  rules: ActivationRulesPage;
  billing: BillingPage;
  /** The mock backend, called from inside the page: spend, grant, inject faults. */
  api: MockApi;
  /** Takes the browser offline and back (the page keeps its mock; the app sees navigator.onLine). */
  network: { offline: () => Promise<void>; online: () => Promise<void> };
  /** A second tab of the same browser (same mock backend state), opened on `path` and ready. */
  openSecondTab: (path?: string) => Promise<{ page: Page; gauge: SidebarGauge; api: MockApi }>;
}

/** Talks to the mock backend from inside the page, exactly as the app does (through the worker). */
export class MockApi {
  constructor(private readonly page: Page) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const result = await this.page.evaluate(
      async ({ method, path, body }) => {
        const response = await fetch(path, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      { method, path, body },
    );
    return result as { status: number; body: T };
  }

  /** Fires `count` AI actions at once from this page; returns their outcomes. */
  async spend(
    count: number,
    { kind = 'dm_reply', prefix = 'e2e' }: { kind?: AiActionKind; prefix?: string } = {},
  ) {
    return this.page.evaluate(
      async ({ count, kind, prefix }) => {
        const responses = await Promise.all(
          Array.from({ length: count }, (_, i) =>
            fetch('/api/ai-actions', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ kind, idempotencyKey: `${prefix}-${i}` }),
            }).then((r) => r.json() as Promise<{ outcome: string }>),
          ),
        );
        return responses.map((r) => r.outcome);
      },
      { count, kind, prefix },
    );
  }

  faults(faults: Partial<Faults>) {
    return this.request('PUT', '/api/qa/faults', faults);
  }

  grantPromotion(id: string, amount: number, name = 'Test promotion') {
    return this.request('POST', '/api/qa/promotions', { id, name, amount });
  }

  /** Replaces the account with one whose history holds `entries` entries (the QA scenario). */
  longHistory(entries: number) {
    return this.request('POST', '/api/qa/scenario', { name: 'long-history', entries });
  }
}

/**
 * The app renders only after its mock backend has started in the page, so a visible main area
 * means API calls from the page are answered by the mock, not by the static file server.
 */
export async function waitForApp(page: Page) {
  await expect(page.getByRole('main')).toBeVisible();
}

/** Reloads and waits for the app (and its mock backend) to be back. */
export async function reloadApp(page: Page) {
  await page.reload();
  await waitForApp(page);
}

/**
 * What the browser may log without failing the test, each with its reason. Anything else that a
 * page logs as an error or a warning, or throws uncaught, fails the test that caused it.
 */
export const CONSOLE_ALLOWED: { pattern: RegExp; reason: string }[] = [
  {
    // The app logs why it could not start, beside the page that says so; one test asks for a
    // scenario that does not exist, on purpose.
    pattern: /^The app could not start\. Error: There is no mock scenario "bankrupt"/,
    reason: 'a test opens an unknown scenario on purpose',
  },
  {
    // React reports each error an error boundary catches, a page whose code did not arrive
    // included; a test fails the billing page's code on purpose, and asserts what the page says.
    pattern: /^PageCodeUnavailable: The page’s code could not be fetched\./,
    reason: 'a test makes a page’s code fail to load on purpose',
  },
  {
    // Chromium logs every response with an error status itself, whoever asked for it. Tests that
    // inject faults or ask for what the rules refuse (409) cause these on purpose, and assert what
    // the person sees instead.
    pattern: /^Failed to load resource: the server responded with a status of [45]\d\d/,
    reason: 'the browser logs HTTP error statuses that tests provoke on purpose',
  },
  {
    // The same for a request the test takes offline (`network.offline()`).
    pattern: /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED/,
    reason: 'tests that go offline make the browser log the refused requests',
  },
];

function consoleProblem(type: string, text: string): string | null {
  if (type !== 'error' && type !== 'warning') return null;
  if (CONSOLE_ALLOWED.some(({ pattern }) => pattern.test(text))) return null;
  return `console.${type}: ${text}`;
}

export const test = base.extend<AppFixtures & { consoleGuard: void }>({
  // Every page of the test's browser context is watched, second tabs included.
  consoleGuard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      context.on('console', (message) => {
        const problem = consoleProblem(message.type(), message.text());
        if (problem) problems.push(`${problem} (${message.location().url})`);
      });
      context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
      await use();
      expect(problems, 'The pages logged errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
  scenario: ['new-free', { option: true }],
  openApp: async ({ page, scenario }, use) => {
    await use(async (path = '/') => {
      await page.goto(`${path}?scenario=${scenario}`);
      await waitForApp(page);
      // The scenario parameter is dropped once applied, so a reload keeps the state.
      await expect(page).not.toHaveURL(/scenario=/);
    });
  },
  gauge: async ({ page }, use) => use(new SidebarGauge(page)),
  banner: async ({ page }, use) => use(new AutoDisabledBanner(page)),
  chat: async ({ page }, use) => use(new TestChatPanel(page)),
  rules: async ({ page }, use) => use(new ActivationRulesPage(page)),
  billing: async ({ page }, use) => use(new BillingPage(page)),
  network: async ({ context }, use) =>
    use({ offline: () => context.setOffline(true), online: () => context.setOffline(false) }),
  api: async ({ page }, use) => use(new MockApi(page)),
  openSecondTab: async ({ context }, use) => {
    await use(async (path = '/') => {
      const page = await context.newPage();
      await page.goto(path);
      await waitForApp(page);
      return { page, gauge: new SidebarGauge(page), api: new MockApi(page) };
    });
  },
});

export { expect };
