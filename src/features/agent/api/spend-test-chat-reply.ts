import { useMutation } from '@tanstack/react-query';
import type { Credits } from '@/contract/schemas';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { newest } from '@/lib/api/revision';

/** Records one test-chat reply; the key makes a retry of the same message free (rule 7). */
export function spendTestChatReply(
  { idempotencyKey }: { idempotencyKey: string },
  { client }: ApiCall,
) {
  return apiRequest('aiActions', (c) => c.aiActionResponseSchema, {
    client,
    body: { kind: 'test_chat_reply', idempotencyKey },
  });
}

/**
 * The gauge moves the moment a reply is asked for (balance - 1), rolls back if the spend fails,
 * and settles to the backend's numbers either way. The charge that empties a Free balance also
 * switches the agent off, so the agent is refetched too.
 */
export function useSpendTestChatReply() {
  return useMutation({
    mutationFn: spendTestChatReply,
    onMutate: async (_variables, { client }) => {
      const queryKey = queryKeys.credits.summary();
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData<Credits>(queryKey);
      if (previous && previous.balance !== null && previous.balance > 0) {
        const balance = previous.balance - 1;
        client.setQueryData<Credits>(queryKey, {
          ...previous,
          balance,
          spent: previous.spent + 1,
          aiEnabled: balance > 0,
        });
      }
      return { previous };
    },
    onError: (_error, _variables, result, { client }) => {
      const previous = result?.previous;
      if (!previous) return;
      // Our guess kept the old revision; anything newer came from the backend and stays.
      client.setQueryData<Credits>(queryKeys.credits.summary(), newest(previous));
    },
    onSettled: (_data, _error, _variables, _result, { client }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.credits.all }),
        client.invalidateQueries({ queryKey: queryKeys.agent.all }),
      ]),
  });
}
