import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getOnboarding({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest('onboarding', (c) => c.onboardingSchema, { signal });
}

export function onboardingQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.credits.onboarding(),
    queryFn: ({ signal }) => getOnboarding({ signal }),
  });
}

export function useOnboarding() {
  return useQuery(onboardingQueryOptions());
}
