import type { LedgerQuery } from '@/contract/schemas';

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
  },
  agent: {
    all: ['agent'] as const,
    detail: () => [...queryKeys.agent.all, 'detail'] as const,
  },
};
