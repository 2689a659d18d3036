import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { connectLiveUpdates, serverSentEvents, type LiveChannel } from '@/lib/live-updates';
import { createQueryClient } from '@/lib/query-client';
import { AppRoutes } from './router';

/**
 * Server state and live updates for everything inside. Stories and tests pass their own client;
 * `live` is the channel of live events (the API's server-sent events unless told otherwise).
 */
export function AppProviders({
  queryClient,
  live = defaultLive,
  children,
}: {
  queryClient: QueryClient;
  live?: LiveChannel | undefined;
  children: ReactNode;
}) {
  useEffect(() => connectLiveUpdates(queryClient, live), [queryClient, live]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

const defaultLive = serverSentEvents();

/**
 * `extras`: what the entry mounts beside the routes (the QA panel, when the mock is on);
 * `live`: the channel of live events the entry chose.
 */
export function App({ extras, live }: { extras?: ReactNode; live?: LiveChannel | undefined }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders queryClient={queryClient} live={live}>
      <AppRoutes />
      {extras}
    </AppProviders>
  );
}
