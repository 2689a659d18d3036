import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getAgent({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest('agent', (c) => c.agentSchema, { signal });
}

export function agentQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.agent.detail(),
    queryFn: ({ signal }) => getAgent({ signal }),
  });
}

export function useAgent() {
  return useQuery(agentQueryOptions());
}
