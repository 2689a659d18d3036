import { usePrefetchInfiniteQuery, usePrefetchQuery } from '@tanstack/react-query';
import { creditsQueryOptions } from '@/features/credits/api/credits-query';
import { ledgerQueryOptions } from './get-ledger';
import { onboardingQueryOptions } from './get-onboarding';
import { usageQueryOptions } from './get-usage';

/**
 * Asks for everything the billing page reads first (the same query options, so the same cache
 * entries), for a host to call while rendering the route whose code is still on its way: code and
 * data then travel at once instead of one after the other. Each query is asked for only if the
 * cache has nothing for it yet (what is there, the page's own queries refresh as usual).
 */
export function usePrefetchBillingPage(): void {
  usePrefetchQuery(creditsQueryOptions());
  usePrefetchQuery(onboardingQueryOptions());
  usePrefetchQuery(usageQueryOptions());
  usePrefetchInfiniteQuery(ledgerQueryOptions());
}
