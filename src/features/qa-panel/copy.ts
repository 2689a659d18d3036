import { formatNumber } from '@/lib/format';
import type { LiveConnection } from '@/lib/live-connection';

/** The QA panel's words. It exists only in builds with the mock backend on. */
export const qaCopy = {
  open: 'QA',
  openLabel: 'Open the QA panel (Alt+Shift+Q)',
  title: 'QA panel',
  close: 'Close',
  intro: 'Drives the mock credit backend. Everything here is shared by all open tabs.',
  scenario: 'Scenario',
  applyScenario: 'Reset to scenario',
  fire: 'Fire AI actions',
  count: 'How many',
  kind: 'Kind',
  fireButton: 'Fire',
  promotion: 'Grant a promotion',
  promotionName: 'Name',
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
    `Fired: ${formatNumber(charged)} charged, ${formatNumber(skipped)} skipped, ${formatNumber(unmetered)} unmetered.`,
  reset: (name: string) => `Reset to "${name}".`,
  granted: (name: string) => `Promotion "${name}" sent. Each promotion grants once per account.`,
  faultsApplied: 'Faults applied.',
  live: {
    'this-tab':
      'Live updates: this tab holds the connection and passes each event to the other open tabs.',
    'another-tab':
      'Live updates: another open tab holds the connection; this tab hears its events.',
    own: 'Live updates: this tab has a connection of its own (not shared with other tabs).',
    none: 'Live updates: no connection right now.',
  } satisfies Record<LiveConnection, string>,
  failed: (message: string) => `Failed: ${message}`,
};
