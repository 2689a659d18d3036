import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { ScenarioName } from '../../src/contract/qa.ts';
import type { Faults } from '../../src/contract/qa.ts';
import { AXE_TAGS } from '../../src/testing/a11y-rules.ts';
import type { BrowserTab, InPage } from './engine.ts';

const require = createRequire(import.meta.url);
/** Testing Library's queries, run in the page: every engine finds things by role and name alike. */
const TESTING_LIBRARY = readFileSync(
  require.resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'),
  'utf8',
);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The ceiling on a wait for what a step expects to see, unless it says otherwise: the same as
 * the Playwright suite's, for a slow and busy machine. A passing step never reaches it.
 */
const WAIT_MS = 15_000;

type Dom = typeof import('@testing-library/dom');
/** What an in-page check reports: whether it holds, and what it saw (for the failure message). */
export interface Seen {
  ok: boolean;
  seen: string;
}

/**
 * The app in one tab, driven as a person would: everything is found by role and visible name
 * (Testing Library's queries, injected into the page), and every expectation waits for a state
 * the person could see. The flows use only this, so they read the same for every engine.
 */
export class AppTab {
  constructor(
    readonly tab: BrowserTab,
    private readonly appUrl: string,
  ) {}

  /** Opens `path` (on `scenario`, which resets the mock) and waits for the app and its mock. */
  async open(path = '/', scenario?: ScenarioName) {
    await this.tab.goto(`${this.appUrl}${path}${scenario ? `?scenario=${scenario}` : ''}`);
    await this.waitForApp();
    if (scenario) {
      await until('the address drops the scenario once applied', async () => {
        const url = await this.tab.url();
        return { ok: !url.includes('scenario='), seen: url };
      });
    }
  }

  async reload() {
    await this.tab.reload();
    await this.waitForApp();
  }

  /** Closes the tab, as a person closes it; the flow's end then leaves it be. */
  close() {
    return this.tab.close();
  }

  /** The app renders once its mock backend runs in the page: then the main area shows. */
  private async waitForApp() {
    await this.tab.inject(TESTING_LIBRARY);
    await this.expectInPage('the app has started', () => {
      const main = document.querySelector('main');
      return {
        ok: main !== null,
        seen: `${location.href} (${document.readyState}): ${document.body.innerText.slice(0, 200)}`,
      };
    });
  }

  // --- The sidebar gauge -------------------------------------------------------------------

  async expectBalance(left: number, granted: number, timeoutMs = WAIT_MS) {
    await this.expectInPage(
      `the gauge reads ${left} of ${granted}`,
      (left, granted) => {
        const dom = (window as unknown as { TestingLibraryDom: Dom }).TestingLibraryDom;
        const meter = dom.queryAllByRole(document.body, 'meter', { name: 'Free AI credits' })[0];
        const text = meter?.getAttribute('aria-valuetext') ?? 'no gauge';
        return {
          ok:
            meter?.getAttribute('aria-valuenow') === String(left) &&
            meter.getAttribute('aria-valuemax') === String(granted) &&
            text === `${left} of ${granted} free AI credits left`,
          seen: text,
        };
      },
      [left, granted],
      timeoutMs,
    );
  }

  /** The gauge is not in the page at all (Pro). */
  async expectNoGauge() {
    await this.expectInPage('no gauge in the page', () => {
      const dom = (window as unknown as { TestingLibraryDom: Dom }).TestingLibraryDom;
      const found =
        dom.queryAllByRole(document.body, 'meter', { name: 'Free AI credits' }).length +
        dom.queryAllByRole(document.body, 'region', { name: 'Free AI credits' }).length;
      return { ok: found === 0, seen: `${found} gauge parts` };
    });
  }

  // --- The auto-disabled banner ------------------------------------------------------------

  /** The banner, announced as `alert`, `status` or a named `region`, carries this name and text. */
  async expectBanner(name: string, texts: string[] = []) {
    await this.expectInPage(
      `a banner "${name}"`,
      (name, texts) => {
        const dom = (window as unknown as { TestingLibraryDom: Dom }).TestingLibraryDom;
        const main = document.querySelector('main')!;
        const banner = ['alert', 'status', 'region']
          .flatMap((role) => dom.queryAllByRole(main, role, { name }))
          .at(0);
        const text = banner?.textContent ?? '';
        return {
          ok: banner !== undefined && texts.every((part) => text.includes(part)),
          seen: banner ? text.slice(0, 300) : 'no banner with that name',
        };
      },
      [name, texts] as [string, string[]],
    );
  }

  /** No banner: its "Show/Hide details" control is gone. */
  async expectNoBanner() {
    await this.expectInPage('no banner', () => {
      const dom = (window as unknown as { TestingLibraryDom: Dom }).TestingLibraryDom;
      const toggles = dom.queryAllByRole(document.querySelector('main')!, 'button', {
        name: /^(Show|Hide) details$/,
      });
      return { ok: toggles.length === 0, seen: `${toggles.length} banner toggles` };
    });
  }

  // --- Finding and clicking ----------------------------------------------------------------

  /**
   * Clicks the one element with this role and name (inside the dialog of that name, if given),
   * once it has come to rest. WebDriver clicks at the point where the element is when asked, so a
   * click on a dialog that is still sliding in can land on its backdrop, which closes the dialog
   * (seen once in WebKit on a busy machine). Playwright waits for a still element; so do we.
   */
  async click(role: string, name: string, { within }: { within?: string } = {}) {
    await this.expectInPage(
      `a ${role} "${name}", still`,
      (role, name, within) => {
        const dom = (window as unknown as { TestingLibraryDom: Dom }).TestingLibraryDom;
        const scope = within
          ? dom.queryAllByRole(document.body, 'dialog', { name: within })[0]
          : document.body;
        const found = scope ? dom.queryAllByRole(scope, role, { name }) : [];
        const element = found[0];
        if (found.length !== 1 || !element) return { ok: false, seen: `${found.length} found` };
        const moving = document
          .getAnimations()
          .filter((animation) => animation.playState === 'running')
          .filter((animation) => {
            const target = (animation.effect as KeyframeEffect | null)?.target;
            return target instanceof Element && target.contains(element);
          }).length;
        return { ok: moving === 0, seen: `found, ${moving} animations still moving it` };
      },
      [role, name, within ?? null] as [string, string, string | null],
    );
    await this.tab.click(
      (role, name, within) => {
        const dom = (window as unknown as { TestingLibraryDom: Dom }).TestingLibraryDom;
        const scope = within
          ? dom.getByRole(document.body, 'dialog', { name: within })
          : document.body;
        return dom.getByRole(scope, role, { name });
      },
      role,
      name,
      within ?? null,
    );
  }

  async expectHeading(name: string) {
    await this.expectInPage(
      `the page heading "${name}"`,
      (name) => {
        const dom = (window as unknown as { TestingLibraryDom: Dom }).TestingLibraryDom;
        const found = dom.queryAllByRole(document.body, 'heading', { level: 1, name }).length;
        const busy = document.querySelectorAll('[aria-busy="true"]').length;
        return { ok: found === 1 && busy === 0, seen: `${found} headings, ${busy} busy parts` };
      },
      [name],
    );
  }

  async expectText(text: string) {
    await this.expectInPage(
      `the text "${text}"`,
      (text) => {
        const dialog = document.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]');
        const where = document.querySelector('main') ?? document.body;
        return {
          ok: document.body.textContent?.includes(text) ?? false,
          seen: `${dialog ? `(a dialog is open: ${dialog.innerText.slice(0, 150)}) ` : ''}${where.innerText.slice(0, 300)}`,
        };
      },
      [text],
    );
  }

  // --- The QA panel ------------------------------------------------------------------------

  /** The open QA panel's line "Live updates: ...", as it reads now; null when there is none. */
  liveUpdatesLine(): Promise<string | null> {
    return this.tab.run(() => {
      const dom = (window as unknown as { TestingLibraryDom: Dom }).TestingLibraryDom;
      const lines = dom.queryAllByText(document.body, /^Live updates:/);
      return lines.length === 0 ? null : lines.map((line) => line.textContent).join(' | ');
    });
  }

  // --- The mock backend, called from inside the page (as the app calls it) ----------------

  /** Fires `count` AI actions at once; returns how many were charged. */
  async spend(count: number, prefix: string): Promise<number> {
    return this.tab.run(
      async (count, prefix) => {
        const outcomes = await Promise.all(
          Array.from({ length: count }, (_, i) =>
            fetch('/api/ai-actions', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ kind: 'dm_reply', idempotencyKey: `${prefix}-${i}` }),
            })
              .then((response) => response.json() as Promise<{ outcome: string }>)
              .then((body) => body.outcome),
          ),
        );
        return outcomes.filter((outcome) => outcome === 'charged').length;
      },
      count,
      prefix,
    );
  }

  async faults(faults: Partial<Faults>) {
    const status = await this.tab.run(
      async (faults) =>
        (
          await fetch('/api/qa/faults', {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(faults),
          })
        ).status,
      faults,
    );
    if (status !== 200) throw new Error(`Setting faults answered ${status}.`);
  }

  // --- Accessibility -----------------------------------------------------------------------

  /** axe-core's findings on the page as it is now (WCAG 2.2 AA and best practice). */
  async axeViolations(): Promise<string[]> {
    await this.tab.inject(AXE);
    return this.tab.run(async (tags) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map(
        (violation) =>
          `${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`,
      );
    }, AXE_TAGS);
  }

  // --- Waiting -----------------------------------------------------------------------------

  /** Waits until the in-page check holds; fails with what it last saw. */
  private expectInPage<A extends unknown[]>(
    what: string,
    check: InPage<A, Seen>,
    args = [] as unknown as A,
    timeoutMs = WAIT_MS,
  ) {
    return until(what, () => this.tab.run(check, ...args), timeoutMs);
  }
}

/** Waits until `probe` holds, asking it every 100 ms; fails with what it last saw. */
export async function until(what: string, probe: () => Promise<Seen>, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  let last = 'nothing yet';
  for (;;) {
    try {
      const { ok, seen } = await probe();
      if (ok) return;
      last = seen;
    } catch (error) {
      // A page between two documents cannot answer yet.
      last = String(error);
    }
    if (Date.now() > deadline) {
      throw new Error(`Expected ${what} within ${timeoutMs} ms; last saw: ${last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
