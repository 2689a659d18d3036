import type { QueryClient } from '@tanstack/react-query';
import { creditsQueryOptions } from '@/lib/credits-query';
import { ledgerQueryOptions } from './get-ledger';
import { onboardingQueryOptions } from './get-onboarding';
import { usageQueryOptions } from './get-usage';

/**
 * Asks for everything the billing page reads first (the same query options, so the same cache
 * entries), for the app to call while the page's code is still on its way: code and data then
 * travel at once instead of one after the other.
 */
export function prefetchBillingPage(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(creditsQueryOptions());
  void queryClient.prefetchQuery(onboardingQueryOptions());
  void queryClient.prefetchQuery(usageQueryOptions());
  void queryClient.prefetchInfiniteQuery(ledgerQueryOptions());
}
