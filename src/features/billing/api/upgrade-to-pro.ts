import { matchQuery, useMutation } from '@tanstack/react-query';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';

export function upgradeToPro(_variables: void, { client }: ApiCall) {
  return apiRequest('upgrade', (c) => c.upgradeResponseSchema, { client });
}

/**
 * The mock checkout. Nothing is shown as Pro before the backend says so: money is not a place for
 * optimism. On success the credits and the agent are fetched again before the mutation settles,
 * so the page shows Pro the moment the dialog closes (the live stream tells the other tabs).
 * The backend's upgrade is idempotent, so even a retried request moves the plan only once.
 */
export function useUpgradeToPro() {
  return useMutation({
    mutationKey: [...queryKeys.credits.all, 'upgrade'],
    mutationFn: upgradeToPro,
    onSuccess: async (_result, _variables, _context, { client }) => {
      const history = queryKeys.credits.history();
      // The history (possibly many pages) refreshes in the background; the plan, the balance
      // and the agent are awaited, so nothing on screen says Free once the dialog has closed.
      void client.invalidateQueries({ queryKey: history });
      await Promise.all([
        client.invalidateQueries({
          queryKey: queryKeys.credits.all,
          predicate: (query) => !matchQuery({ queryKey: history }, query),
        }),
        client.invalidateQueries({ queryKey: queryKeys.agent.all }),
      ]);
    },
  });
}
