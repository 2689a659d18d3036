import type { QueryClient } from '@tanstack/react-query';
import type { Agent, Credits } from '@/contract/schemas';
import { apiUrl, loadContract, type ContractSchemas } from './api-client';
import { queryKeys } from './query-keys';
import { newest } from './revision';

/** How long to wait before opening a new stream when the browser gave up on the old one. */
const RECONNECT_MS = 3_000;

/**
 * Follows changes made anywhere (the agent in the backend, another tab, a QA route) through the
 * API's server-sent events and writes them straight into the cache, so every open page moves
 * without a refetch. The backend sends the current state on every connect, so a reconnect
 * resynchronises; while the stream is down the queries are asked directly instead.
 */
export function connectLiveUpdates(queryClient: QueryClient): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  let source: EventSource;
  let retry: ReturnType<typeof setTimeout> | undefined;

  // The schemas load once, shared with apiRequest; events arriving meanwhile wait in order.
  const onMessage = (message: MessageEvent<string>) => {
    loadContract().then(
      (contract) => apply(contract, message),
      // Without the parser nothing can be trusted: ask the API, whose answers are parsed.
      () => void queryClient.invalidateQueries(),
    );
  };

  const apply = ({ liveEventSchema }: ContractSchemas, message: MessageEvent<string>) => {
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
      const key = queryKeys.credits.summary();
      const before = queryClient.getQueryData<Credits>(key);
      const after = queryClient.setQueryData<Credits>(key, newest(event.credits));
      // Only a real change makes the ledger, usage and checklist stale: the snapshot sent on every
      // (re)connect must not refetch a long history page by page.
      if (before && after !== before) {
        void queryClient.invalidateQueries({ queryKey: [...queryKeys.credits.all, 'ledger'] });
        void queryClient.invalidateQueries({ queryKey: queryKeys.credits.onboarding() });
      }
    } else {
      queryClient.setQueryData<Agent>(queryKeys.agent.detail(), newest(event.agent));
    }
  };

  // The stream dropped: the backend may be down, or may have changed while we were away. Ask it
  // directly, so the gauge either refreshes or shows its last number marked as possibly stale.
  const onError = () => {
    // A fetch already under way (and retrying) is left to finish rather than restarted.
    void queryClient.invalidateQueries(
      { queryKey: queryKeys.credits.summary() },
      { cancelRefetch: false },
    );
    void queryClient.invalidateQueries(
      { queryKey: queryKeys.agent.detail() },
      { cancelRefetch: false },
    );
    // EventSource retries network errors itself but gives up on an HTTP error: then we retry.
    if (source.readyState === EventSource.CLOSED && retry === undefined) {
      retry = setTimeout(() => {
        retry = undefined;
        open();
      }, RECONNECT_MS);
    }
  };

  function open() {
    source = new EventSource(apiUrl('events'));
    source.onmessage = onMessage;
    source.onerror = onError;
  }

  open();
  return () => {
    clearTimeout(retry);
    source.close();
  };
}
