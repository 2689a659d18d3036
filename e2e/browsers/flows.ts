import { expect } from 'vitest';

import type { ScenarioName } from '../../src/contract/qa.ts';
import { QUIET_MS } from '../../src/lib/live/live-timing.ts';
import { until, type AppTab } from './app-tab.ts';

/** What a flow is given: the app in a first tab, and more tabs of the same browser on demand. */
export interface FlowContext {
  /** Opens the app at `path` on a fresh `scenario` in the flow's first tab. */
  openApp: (path: string, scenario: ScenarioName) => Promise<AppTab>;
  /** Another tab of the same browser (same mock state), opened at `path`. */
  openTab: (path: string) => Promise<AppTab>;
}

export interface Flow {
  title: string;
  run(context: FlowContext): Promise<void>;
}

/**
 * The merchant's core flows, written once and run in every engine (see engines.test.ts).
 * Each starts from its own scenario, so flows that share a browser never see each other's state.
 */
export const FLOWS: Flow[] = [
  {
    title: 'a scenario starts from its address, which then forgets it',
    async run({ openApp }) {
      const app = await openApp('/', 'low');
      await app.expectBalance(7, 100);
      await app.expectHeading('Your AI Agent');
    },
  },
  {
    title: 'spending to zero switches the agent to "Disable all replies", and the banner says why',
    async run({ openApp }) {
      const app = await openApp('/', 'low');
      await app.expectBalance(7, 100);
      expect(await app.spend(9, 'to-zero')).toBe(7);
      await app.expectBalance(0, 100);
      await app.expectBanner('Your AI Agent is paused: your free AI credits ran out', [
        '“Disable all replies”',
        'Nothing was deleted',
      ]);
    },
  },
  {
    title: 'a spend in another tab, and one through the API, move the gauge at once',
    async run({ openApp, openTab }) {
      const first = await openApp('/', 'onboarded');
      await first.expectBalance(100, 100);
      const second = await openTab('/settings/billing');
      await second.expectBalance(100, 100);

      // Sooner than the client's own check after a silence: only the live channel is this fast.
      const live = QUIET_MS / 2;
      expect(await second.spend(3, 'second-tab')).toBe(3);
      await first.expectBalance(97, 100, live);
      await second.expectBalance(97, 100, live);

      // Straight to the API, past the app: only the live channel can tell the page.
      expect(await first.spend(2, 'api')).toBe(2);
      await first.expectBalance(95, 100, live);
      await second.expectBalance(95, 100, live);
    },
  },
  {
    title: 'one tab holds the live connection for all; when it closes, another takes it over',
    async run({ openApp, openTab }) {
      const tabs = [
        await openApp('/', 'onboarded'),
        await openTab('/'),
        await openTab('/settings/billing'),
      ];
      for (const tab of tabs) {
        await tab.expectBalance(100, 100);
        await tab.click('button', 'Open the QA panel (Alt+Shift+Q)');
      }
      const holder = await expectOneHolder(tabs);

      // Through a tab that only hears: the holder's channel sees the change and relays it.
      expect(await tabs.find((tab) => tab !== holder)!.spend(3, 'shared')).toBe(3);
      await expectLiveBalance(tabs, 97, 100);

      await holder.close();
      const rest = tabs.filter((tab) => tab !== holder);
      const next = await expectOneHolder(rest);
      expect(await rest.find((tab) => tab !== next)!.spend(2, 'handed-over')).toBe(2);
      await expectLiveBalance(rest, 95, 100);
    },
  },
  {
    title: 'after a promotion, one click restores the mode the agent had before',
    async run({ openApp }) {
      const app = await openApp('/', 'promo-after-exhaustion');
      await app.expectBanner('AI can run again: you have 20 credits');
      await app.click('button', 'Turn “All pending messages” back on');
      await app.expectNoBanner();
      await app.expectText('Done: your agent is back on “All pending messages”.');
      await app.expectBalance(20, 120);
    },
  },
  {
    title: 'after the upgrade to Pro the gauge is gone, in this tab, another and after a reload',
    async run({ openApp, openTab }) {
      const billing = await openApp('/settings/billing', 'low');
      await billing.expectHeading('Billing');
      const other = await openTab('/');
      await other.expectBalance(7, 100);

      await billing.click('button', 'Upgrade to Pro');
      await billing.click('button', 'Confirm the upgrade', { within: 'Move to Pro?' });
      await billing.expectText('You are on Pro now.');
      await billing.expectNoGauge();
      await other.expectNoGauge();
      await billing.reload();
      await billing.expectHeading('Billing');
      await billing.expectNoGauge();
    },
  },
  {
    title: 'a reload keeps the balance and the banner',
    async run({ openApp }) {
      const app = await openApp('/', 'low');
      expect(await app.spend(7, 'reload')).toBe(7);
      await app.expectBalance(0, 100);
      await app.reload();
      await app.expectBalance(0, 100);
      await app.expectBanner('Your AI Agent is paused: your free AI credits ran out');
    },
  },
  {
    title: 'axe finds nothing on the home and billing pages',
    async run({ openApp }) {
      const app = await openApp('/', 'low');
      await app.expectHeading('Your AI Agent');
      expect(await app.axeViolations()).toEqual([]);
      await app.click('link', 'Billing');
      await app.expectHeading('Billing');
      expect(await app.axeViolations()).toEqual([]);
    },
  },
  {
    title: 'when the live channel goes silent, the gauge still catches up',
    async run({ openApp }) {
      const app = await openApp('/', 'onboarded');
      await app.expectBalance(100, 100);
      // The events route stalls: open, but it sends nothing more.
      await app.faults({ routes: { events: 'timeout' } });
      expect(await app.spend(3, 'silent')).toBe(3);
      // No event will come: the client's own check after a silence has to notice.
      await app.expectBalance(97, 100, 2 * QUIET_MS + 5_000);
    },
  },
];

const HOLDS =
  'Live updates: this tab holds the connection and passes each event to the other open tabs.';
const HEARS = 'Live updates: another open tab holds the connection; this tab hears its events.';

/**
 * Waits until exactly one of `tabs` says, in its open QA panel, that it holds the live connection
 * and every other one that it hears that tab; returns the one that holds it.
 */
async function expectOneHolder(tabs: AppTab[]): Promise<AppTab> {
  let holder: AppTab | undefined;
  await until(`one of ${tabs.length} tabs holding the live connection for the others`, async () => {
    // One tab at a time: WebDriver talks to one window at once.
    const lines: (string | null)[] = [];
    for (const tab of tabs) lines.push(await tab.liveUpdatesLine());
    holder = tabs[lines.indexOf(HOLDS)];
    return {
      ok:
        lines.filter((line) => line === HOLDS).length === 1 &&
        lines.filter((line) => line === HEARS).length === tabs.length - 1,
      seen: lines.map((line, i) => `tab ${i + 1}: ${line ?? 'no live line'}`).join('; '),
    };
  });
  return holder!;
}

/**
 * Every tab's gauge reads `left` of `granted` within QUIET_MS / 2 from now: sooner than the
 * client's own check after a silence, so only the live channel can have told them.
 */
async function expectLiveBalance(tabs: AppTab[], left: number, granted: number) {
  const deadline = Date.now() + QUIET_MS / 2;
  for (const tab of tabs)
    await tab.expectBalance(left, granted, Math.max(0, deadline - Date.now()));
}
