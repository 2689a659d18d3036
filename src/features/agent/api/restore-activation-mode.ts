import { useMutation } from '@tanstack/react-query';
import type { Agent } from '@/contract/schemas';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { newest } from '@/lib/api/revision';

export function restoreActivationMode(_variables: void, { client }: ApiCall) {
  return apiRequest('restoreActivationMode', (c) => c.agentSchema, { client });
}

/**
 * One click back to the mode the agent had before credits ran out. Not optimistic on purpose: the
 * anxious merchant sees "turning it back on…" until the backend has really done it.
 */
export function useRestoreActivationMode() {
  return useMutation({
    mutationFn: restoreActivationMode,
    onSuccess: (agent, _variables, _result, { client }) => {
      client.setQueryData<Agent>(queryKeys.agent.detail(), newest(agent));
    },
    onSettled: (_data, _error, _variables, _result, { client }) =>
      client.invalidateQueries({ queryKey: queryKeys.agent.all }),
  });
}
