import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';

export function getOnboarding({ client, signal }: ApiCall) {
  return apiRequest('onboarding', (c) => c.onboardingSchema, { client, signal });
}

export function onboardingQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.credits.onboarding(),
    queryFn: getOnboarding,
  });
}

export function useOnboarding() {
  return useQuery(onboardingQueryOptions());
}
