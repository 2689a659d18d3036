import { queryOptions } from '@tanstack/react-query';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';

export function getAgent({ client, signal }: ApiCall) {
  return apiRequest('agent', (c) => c.agentSchema, { client, signal });
}

export function agentQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.agent.detail(),
    queryFn: getAgent,
  });
}
