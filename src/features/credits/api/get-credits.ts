import { queryOptions, useQuery } from '@tanstack/react-query';
import { creditsSchema } from '@/contract/schemas';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getCredits({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest('credits', creditsSchema, { signal });
}

export function creditsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.credits.summary(),
    queryFn: ({ signal }) => getCredits({ signal }),
    // While the service cannot be reached, keep asking, so the gauge recovers on its own.
    refetchInterval: (query) => (query.state.status === 'error' ? 5_000 : false),
  });
}

export function useCredits() {
  return useQuery(creditsQueryOptions());
}
