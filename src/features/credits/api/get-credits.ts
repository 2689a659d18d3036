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
  });
}

export function useCredits() {
  return useQuery(creditsQueryOptions());
}
