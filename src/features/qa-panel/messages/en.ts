import type { ScenarioName } from '@/contract/qa';
import type { Formats } from '@/lib/i18n/formats';
import type { LiveConnection } from '@/lib/live/live-connection';

/**
 * The QA panel's words, in English (the source every locale translates). The panel exists only
 * in builds with the mock backend on. The kinds of AI action, the faults and the routes it lists
 * are the contract's own names, shown as they are sent.
 */
export const en = (f: Formats) => ({
  open: 'QA',
  openLabel: 'Open the QA panel (Alt+Shift+Q)',
  title: 'QA panel',
  close: 'Close',
  intro: 'Drives the mock credit backend. Everything here is shared by all open tabs.',
  scenario: 'Scenario',
  /** The scenarios as the list names them (the address and the tests use their ids). */
  scenarios: {
    'new-free': 'New account on Free',
    onboarded: 'Setup finished, on Free',
    low: 'Running low, on Free',
    exhausted: 'Out of credits, agent switched off',
    pro: 'On Pro',
    'pro-after-exhaustion': 'Moved to Pro after running out',
    'promo-after-exhaustion': 'Promotion after running out',
    'long-history': 'On Pro, with a long history',
  } satisfies Record<ScenarioName, string>,
  applyScenario: 'Reset to scenario',
  fire: 'Fire AI actions',
  count: 'How many',
  kind: 'Kind',
  fireButton: 'Fire',
  promotion: 'Grant a promotion',
  promotionName: 'Name',
  /** What the promotion's name field starts with. */
  promotionDefaultName: 'Spring boost',
  promotionAmount: 'Credits',
  grant: 'Grant',
  faults: 'Faults',
  latency: 'Added latency (ms)',
  failureRate: 'Random failure rate (0 to 1)',
  routeFault: (route: string) => `Fault on ${route}`,
  noFault: 'None',
  applyFaults: 'Apply faults',
  clearFaults: 'Clear faults',
  fired: (charged: number, skipped: number, unmetered: number) =>
    `Fired: ${f.number(charged)} charged, ${f.number(skipped)} skipped, ${f.number(unmetered)} unmetered.`,
  reset: (name: string) => `Reset to “${name}”.`,
  granted: (name: string) => `Promotion “${name}” sent. Each promotion grants once per account.`,
  faultsApplied: 'Faults applied.',
  live: {
    'this-tab':
      'Live updates: this tab holds the connection and passes each event to the other open tabs.',
    'another-tab':
      'Live updates: another open tab holds the connection; this tab hears its events.',
    own: 'Live updates: this tab has a connection of its own (not shared with other tabs).',
    none: 'Live updates: no connection right now.',
  } satisfies Record<LiveConnection, string>,
  /** `reason` completes the sentence: the shared error words (`errorReason`). */
  failed: (reason: string) => `Failed: ${reason}`,
});

export type QaPanelMessages = ReturnType<typeof en>;
