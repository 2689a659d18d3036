import { queryOptions, usePrefetchQuery, useQuery } from '@tanstack/react-query';
import type { Credits } from '@/contract/schemas';
import { apiRequest, type ApiCall } from './api-client';
import { queryKeys } from './query-keys';

/**
 * The credits summary: one query that the gauge, the billing page, the banner, the activation
 * rules and the test chat all read, so they can never disagree. Shared here because every feature
 * needs it and features do not import each other.
 */
export function getCredits({ client, signal }: ApiCall) {
  return apiRequest('credits', (c) => c.creditsSchema, { client, signal });
}

export function creditsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.credits.summary(),
    queryFn: getCredits,
    // While the service cannot be reached, keep asking, so the gauge recovers on its own.
    refetchInterval: (query) => (query.state.status === 'error' ? 5_000 : false),
  });
}

/**
 * Reads the credits. With `select`, a component re-renders only when what it picked changes:
 * a spend then re-renders the gauge and nothing that only needs, say, the plan.
 * Pass a stable `select` (module-level or memoised).
 */
export function useCredits(): ReturnType<typeof useQuery<Credits>>;
export function useCredits<T>(
  select: (credits: Credits) => T,
): ReturnType<typeof useQuery<Credits, Error, T>>;
export function useCredits<T>(select?: (credits: Credits) => T) {
  // Asked for as its first reader renders: useQuery alone asks in an effect, after the commit,
  // and on a first load that commit waits for the whole first page to be built (the billing
  // page's plan, its largest paint, waited 170 ms on it).
  const options = creditsQueryOptions();
  usePrefetchQuery(options);
  return useQuery({ ...options, select });
}
