import type { LedgerQuery, UsageQuery } from '@/contract/schemas';

/**
 * Hierarchical query keys: invalidating `['credits']` reaches the balance, the ledger and the
 * onboarding checklist at once. Nothing else writes a query key by hand.
 */
export const queryKeys = {
  /** Everything of ours, under one root: a host's own queries in a shared client never collide. */
  all: ['inro-credits'] as const,
  credits: {
    all: ['inro-credits', 'credits'] as const,
    /** The ledger and what is counted from it. */
    history: () => [...queryKeys.credits.all, 'ledger'] as const,
    summary: () => [...queryKeys.credits.all, 'summary'] as const,
    ledger: (filters: Pick<LedgerQuery, 'type' | 'kind' | 'limit'>) =>
      [...queryKeys.credits.history(), filters] as const,
    onboarding: () => [...queryKeys.credits.all, 'onboarding'] as const,
    /** Counts drawn from the ledger: under its key, so whatever refreshes the ledger refreshes them. */
    usage: (range: Pick<UsageQuery, 'days' | 'timeZone'>) =>
      [...queryKeys.credits.history(), 'usage', range] as const,
  },
  agent: {
    all: ['inro-credits', 'agent'] as const,
    detail: () => [...queryKeys.agent.all, 'detail'] as const,
  },
};
