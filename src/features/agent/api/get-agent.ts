import { queryOptions, usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { apiRequest, type ApiCall } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getAgent({ client, signal }: ApiCall) {
  return apiRequest('agent', (c) => c.agentSchema, { client, signal });
}

export function agentQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.agent.detail(),
    queryFn: getAgent,
  });
}

export function useAgent() {
  // Asked for as it first renders, like the credits (see useCredits), not after the commit.
  const options = agentQueryOptions();
  usePrefetchQuery(options);
  return useQuery(options);
}
