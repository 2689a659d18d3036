import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { connectLiveUpdates } from '@/lib/live-updates';
import { createQueryClient } from '@/lib/query-client';
import { AppRoutes } from './router';

/** Server state and live updates for everything inside. Stories and tests pass their own client. */
export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  useEffect(() => connectLiveUpdates(queryClient), [queryClient]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** `extras`: what the entry mounts beside the routes (the QA panel, when the mock is on). */
export function App({ extras }: { extras?: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <AppRoutes />
      {extras}
    </AppProviders>
  );
}
