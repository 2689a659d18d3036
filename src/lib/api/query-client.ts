import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Live events keep the cache fresh; a refetch on focus is the fallback when they cannot.
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        retry: (failures, error) => failures < 2 && (!isApiError(error) || error.transient),
      },
      mutations: { retry: false },
    },
  });
}
