import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { bindApiConfig } from './api/api-config';
import { createQueryClient } from './api/query-client';
import { LocaleProvider } from './i18n/locale-context';
import type { HostMessages } from './i18n/messages';
import { LinkComponentProvider, type LinkComponent } from './link';
import { LiveConnectionContext, type LiveConnection } from './live/live-connection';
import type { LiveChannel } from './live/live-updates';
import { lazyCode } from './scheduling/lazy-code';
import { useAfterFirstPaint } from './scheduling/use-after-first-paint';
import { useLazyCode } from './scheduling/use-lazy-code';
// The tokens and shared helpers every component's styles use. Here, not in the entry: an entry
// that only re-exports is skipped by the bundler, and its stylesheet with it.
import '@/styles/package.css';

export interface CreditsProviderProps<Messages = Record<string, unknown>> {
  /**
   * Where the credit API lives (origin and base path, e.g. `https://api.example.com`); the routes
   * of docs/API.md are appended to it. Default: this page's own origin.
   */
  baseUrl?: string;
  /**
   * The fetch every request goes through, the live stream included (auth headers, tracing).
   * Define it once, outside render: a new function reopens the live stream. Default: the global
   * fetch.
   */
  fetch?: typeof globalThis.fetch;
  /**
   * A query client of the host's own. Our queries live under their own key root, so they never
   * collide with the host's; the host's default options apply to them. Default: a client of ours.
   */
  queryClient?: QueryClient;
  /**
   * The channel of live events. Default: the API's server-sent events (`GET /api/events`), through
   * `fetch`.
   * `null`: none; the credits are then refreshed on focus and by a modest poll.
   */
  live?: LiveChannel | null;
  /**
   * One live connection for all the tabs of a browser on the same API and account: one tab holds
   * it and relays each event to the others (a browser allows only 6 connections to a host over
   * HTTP/1.1). `false`: every tab opens its own. Default: `true`.
   */
  shareLiveAcrossTabs?: boolean;
  /**
   * The signed-in account, when one browser may be signed in to several on the same API: tabs of
   * different accounts never share a live connection.
   */
  account?: string;
  /**
   * The host router's link, so the components' links navigate without a page load. From a server
   * component, pass a client component (one exported from a `'use client'` file), not a function.
   */
  linkComponent?: LinkComponent;
  /**
   * The locale to show (a BCP 47 tag: `"fr"`, `"fr-CA"`), matched to the locales with messages:
   * "fr-CA" shows the French messages with Canadian formats. Default: the browser's preferred
   * languages (read once hydrated), else English. Set `lang` and `dir` on the page to match
   * (`useLocale()`).
   */
  locale?: string;
  /**
   * Messages of the host's own, per locale tag: a function given that locale's formats, returning
   * the messages it replaces (`{ credits: { gaugeLabel: 'AI credits' } }`), or all of them for a
   * locale of its own, at once or as a promise (a chunk of the host's). Define it once, outside
   * render.
   */
  messages?: HostMessages<Messages>;
  children: ReactNode;
}

/** The code of live updates, only needed once the first frame is on screen. */
const liveCode = lazyCode(() => import('./live/live-updates'));

/**
 * Everything the components and hooks need: the API to call, server state (TanStack Query) and
 * live updates. Mount it once, around every part of the host app that shows credits. What a
 * server fetched (`fetchCreditsState` from `inro-ai-credits/server`) goes in through TanStack's
 * own `<HydrationBoundary state={…}>`, inside it.
 */
export function CreditsProvider<Messages = Record<string, unknown>>({
  baseUrl = '',
  fetch,
  queryClient,
  live,
  shareLiveAcrossTabs = true,
  account,
  linkComponent,
  locale,
  messages,
  children,
}: CreditsProviderProps<Messages>) {
  // Made once even when the host brings its own: an unmounted client costs nothing.
  const [ownClient] = useState(createQueryClient);
  const client = queryClient ?? ownClient;
  // Bound before the children render: their first queries are made while they mount.
  useMemo(() => bindApiConfig(client, { baseUrl, fetch }), [client, baseUrl, fetch]);
  const [connection, setConnection] = useState<LiveConnection>('none');
  // The live channel opens once the first frame is on screen: that frame has nothing to update.
  const { value: liveUpdates } = useLazyCode(liveCode, useAfterFirstPaint());
  useEffect(
    () =>
      liveUpdates?.followLive(client, {
        live,
        shareAcrossTabs: shareLiveAcrossTabs,
        account,
        onConnection: setConnection,
      }),
    [liveUpdates, client, baseUrl, fetch, live, shareLiveAcrossTabs, account],
  );
  return (
    <QueryClientProvider client={client}>
      <LiveConnectionContext value={connection}>
        <LocaleProvider locale={locale} messages={messages}>
          <LinkComponentProvider component={linkComponent}>{children}</LinkComponentProvider>
        </LocaleProvider>
      </LiveConnectionContext>
    </QueryClientProvider>
  );
}
