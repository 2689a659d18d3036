import { useMutation } from '@tanstack/react-query';
import type { Agent } from '@/contract/schemas';
import type { ActivationMode } from '@/domain/activation-modes';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { changeAt, newest } from '@/lib/api/revision';

export function setActivationMode({ mode }: { mode: ActivationMode }, { client }: ApiCall) {
  return apiRequest('setActivationMode', (c) => c.agentSchema, { client, body: { mode } });
}

/**
 * The merchant picks a mode. Shown at once: a mode set by hand also clears the auto-disabled
 * note, so the banner steps aside while the request runs. A refusal puts the old state back.
 */
export function useSetActivationMode() {
  return useMutation({
    mutationFn: setActivationMode,
    onMutate: async ({ mode }, { client }) => {
      const queryKey = queryKeys.agent.detail();
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData<Agent>(queryKey);
      if (previous) {
        client.setQueryData<Agent>(
          queryKey,
          changeAt(previous.revision, (current) => ({
            ...current,
            activationMode: mode,
            autoDisabled: null,
            canRestore: false,
          })),
        );
      }
      return { previous };
    },
    onError: (_error, _variables, result, { client }) => {
      const previous = result?.previous;
      if (!previous) return;
      // Only undo our own guess: a newer state pushed meanwhile stays.
      client.setQueryData<Agent>(queryKeys.agent.detail(), newest(previous));
    },
    onSuccess: (agent, _variables, _result, { client }) => {
      client.setQueryData<Agent>(queryKeys.agent.detail(), newest(agent));
    },
    onSettled: (_data, _error, _variables, _result, { client }) =>
      client.invalidateQueries({ queryKey: queryKeys.agent.all }),
  });
}
