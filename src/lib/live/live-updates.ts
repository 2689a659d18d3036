import { focusManager, type QueryClient } from '@tanstack/react-query';
import { EventSource } from 'eventsource';
import type { Agent, Credits } from '@/contract/schemas';
import { apiUrl, loadContract, type ContractSchemas } from '../api/api-client';
import { apiConfigOf } from '../api/api-config';
import { queryKeys } from '../api/query-keys';
import { newest } from '../api/revision';
import type { LiveConnection } from './live-connection';
import { QUIET_MS, RECONNECT_MS } from './live-timing';
import { ownChannel, shareAcrossTabs } from './shared-live-channel';

/** What a live channel tells the client. */
export interface LiveListener {
  /** One event, as sent: the client checks it against the contract. */
  message(data: unknown): void;
  /** Something went wrong. `closed`: the channel gave up and will not reconnect by itself. */
  error(closed: boolean): void;
}

/** Opens a channel of live events; returns how to close it. */
export type LiveChannel = (listener: LiveListener) => () => void;

/**
 * The API's server-sent events, through the host's fetch (its auth headers, its tracing), which
 * the browser's own EventSource cannot take. The `eventsource` package is that EventSource over
 * fetch, as the spec has it: it reconnects after a network error, waits what the server's
 * `retry:` says, and sends `Last-Event-ID`; an HTTP error (a 401, say) closes it for good.
 */
export function serverSentEvents(url: string, fetch: typeof globalThis.fetch): LiveChannel {
  return (listener) => {
    const source = new EventSource(url, { fetch });
    source.onmessage = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        data = undefined;
      }
      listener.message(data);
    };
    source.onerror = () => listener.error(source.readyState === EventSource.CLOSED);
    return () => source.close();
  };
}

/**
 * `channel`, opened again `delayMs` after it gives up (an HTTP error, a stream cut by the server),
 * for as long as it is wanted.
 */
export function reconnecting(channel: LiveChannel, delayMs = RECONNECT_MS): LiveChannel {
  return (listener) => {
    let close: (() => void) | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      close = channel({
        message: (data) => listener.message(data),
        error(closed) {
          listener.error(closed);
          if (!closed || retry !== undefined) return;
          close = undefined;
          retry = setTimeout(() => {
            retry = undefined;
            open();
          }, delayMs);
        },
      });
    };
    open();
    return () => {
      clearTimeout(retry);
      close?.();
    };
  };
}

export interface FollowLiveOptions {
  /** The channel to follow: the API's server-sent events when undefined, none when null. */
  live: LiveChannel | null | undefined;
  /** One connection for every tab of this browser on the same API and account. */
  shareAcrossTabs: boolean;
  /** The signed-in account, so tabs of two accounts on one API never share a connection. */
  account: string | undefined;
  onConnection: (connection: LiveConnection) => void;
}

/** Live updates for this client, as CreditsProvider sets them up (see its props). */
export function followLive(
  client: QueryClient,
  { live, shareAcrossTabs: share, account, onConnection }: FollowLiveOptions,
): () => void {
  const { baseUrl, fetch } = apiConfigOf(client);
  const eventsUrl = apiUrl(baseUrl, 'events');
  const source = live === undefined ? serverSentEvents(eventsUrl, fetch) : live;
  if (!source) return connectLiveUpdates(client, undefined);
  const steady = reconnecting(source);
  return connectLiveUpdates(
    client,
    share
      ? shareAcrossTabs(steady, `${eventsUrl} ${account ?? ''}`, onConnection)
      : ownChannel(steady, onConnection),
  );
}

/**
 * Follows changes made anywhere (the agent in the backend, another tab, a QA route) through a
 * live channel and writes them straight into the cache, so every open page moves without a
 * refetch. The backend sends the current state on every connect, so a reconnect resynchronises.
 *
 * A channel is never trusted blindly: a stream can stall without an error (a proxy, a sleeping
 * laptop, an engine that drops it). So whenever it has sent nothing for `QUIET_MS`, and whenever
 * the page comes back into view or focus, the credits and the agent are asked for directly. With
 * no channel at all (`undefined`) that poll is all there is.
 */
export function connectLiveUpdates(
  queryClient: QueryClient,
  channel: LiveChannel | undefined,
): () => void {
  let quiet: ReturnType<typeof setTimeout> | undefined;

  // A fetch already under way (and retrying) is left to finish rather than restarted.
  const revalidate = () => {
    void queryClient.invalidateQueries(
      { queryKey: queryKeys.credits.summary() },
      { cancelRefetch: false },
    );
    void queryClient.invalidateQueries(
      { queryKey: queryKeys.agent.detail() },
      { cancelRefetch: false },
    );
  };

  // Restarted by every event: it fires only after a silence. A hidden page does not poll; it
  // revalidates when it is shown again.
  const listenForSilence = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      if (focusManager.isFocused()) revalidate();
      listenForSilence();
    }, QUIET_MS);
  };

  // The schemas load once, shared with apiRequest; events arriving meanwhile wait in order.
  const onMessage = (data: unknown) => {
    listenForSilence();
    loadContract().then(
      (contract) => apply(contract, data),
      // Without the parser nothing can be trusted: ask the API, whose answers are parsed.
      () => void queryClient.invalidateQueries({ queryKey: queryKeys.all }),
    );
  };

  const apply = ({ liveEventSchema, safeParse }: ContractSchemas, data: unknown) => {
    const parsed = safeParse(liveEventSchema, data);
    if (!parsed.success) {
      // An event we cannot read must not leave a wrong number on screen: ask the API instead.
      void queryClient.invalidateQueries({ queryKey: queryKeys.all });
      return;
    }
    const event = parsed.output;
    if (event.type === 'credits') {
      const key = queryKeys.credits.summary();
      const before = queryClient.getQueryData<Credits>(key);
      const after = queryClient.setQueryData<Credits>(key, newest(event.credits));
      // Only a real change makes the ledger, usage and checklist stale: the snapshot sent on every
      // (re)connect must not refetch a long history page by page.
      if (before && after !== before) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.credits.history() });
        void queryClient.invalidateQueries({ queryKey: queryKeys.credits.onboarding() });
      }
    } else {
      queryClient.setQueryData<Agent>(queryKeys.agent.detail(), newest(event.agent));
    }
  };

  // The channel dropped: the backend may be down, or may have changed while we were away. Ask it
  // directly, so the gauge either refreshes or shows its last number marked as possibly stale.
  const onError = () => revalidate();

  const onFocus = () => revalidate();
  const stopFollowingVisibility = focusManager.subscribe((visible) => {
    if (visible) revalidate();
  });
  window.addEventListener('focus', onFocus);

  const close = channel?.({ message: onMessage, error: onError });
  listenForSilence();
  return () => {
    clearTimeout(quiet);
    stopFollowingVisibility();
    window.removeEventListener('focus', onFocus);
    close?.();
  };
}
