import type { LedgerQuery, UsageQuery } from '@/contract/schemas';

/**
 * Hierarchical query keys: invalidating `['credits']` reaches the balance, the ledger and the
 * onboarding checklist at once. Nothing else writes a query key by hand.
 */
export const queryKeys = {
  credits: {
    all: ['credits'] as const,
    summary: () => [...queryKeys.credits.all, 'summary'] as const,
    ledger: (filters: Pick<LedgerQuery, 'type' | 'kind' | 'limit'>) =>
      [...queryKeys.credits.all, 'ledger', filters] as const,
    onboarding: () => [...queryKeys.credits.all, 'onboarding'] as const,
    /** Counts drawn from the ledger: under its key, so whatever refreshes the ledger refreshes them. */
    usage: (range: Pick<UsageQuery, 'days' | 'timeZone'>) =>
      [...queryKeys.credits.all, 'ledger', 'usage', range] as const,
  },
  agent: {
    all: ['agent'] as const,
    detail: () => [...queryKeys.agent.all, 'detail'] as const,
  },
};
