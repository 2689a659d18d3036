import { queryOptions } from '@tanstack/react-query';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';

/**
 * The credits summary (server-safe: no React here, the hook is useCredits): one query that the gauge, the billing page, the banner, the activation
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
