import type { QueryClient } from '@tanstack/react-query';
import { liveEventSchema, type Agent, type Credits } from '@/contract/schemas';
import { apiUrl } from './api-client';
import { queryKeys } from './query-keys';

/** Keeps the newest copy: a late event never replaces what a newer response already showed. */
function newest<T extends { revision: number }>(incoming: T) {
  return (current: T | undefined) =>
    current && current.revision > incoming.revision ? current : incoming;
}

/**
 * Follows changes made anywhere (the agent in the backend, another tab, a QA route) through the
 * API's server-sent events and writes them straight into the cache, so every open page moves
 * without a refetch. When the stream drops, EventSource reconnects by itself and the backend sends
 * the current state on connect; refetch-on-focus covers the gap.
 */
export function connectLiveUpdates(queryClient: QueryClient): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource(apiUrl('events'));

  source.onmessage = (message: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      data = undefined;
    }
    const parsed = liveEventSchema.safeParse(data);
    if (!parsed.success) {
      // An event we cannot read must not leave a wrong number on screen: ask the API instead.
      void queryClient.invalidateQueries();
      return;
    }
    const event = parsed.data;
    if (event.type === 'credits') {
      queryClient.setQueryData<Credits>(queryKeys.credits.summary(), newest(event.credits));
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.credits.all, 'ledger'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.credits.onboarding() });
    } else {
      queryClient.setQueryData<Agent>(queryKeys.agent.detail(), newest(event.agent));
    }
  };

  return () => source.close();
}
