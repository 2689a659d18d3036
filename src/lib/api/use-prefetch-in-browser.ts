import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useHydrated } from '../scheduling/use-hydrated';

/**
 * TanStack's usePrefetchQuery (ask as the first reader renders, not in useQuery's effect after the
 * commit), in the browser only: a server renders what it was handed (`fetchCreditsState`) and
 * asks for nothing while it renders, since its request would carry none of the merchant's auth.
 */
export function usePrefetchInBrowser<T, K extends QueryKey>(
  options: FetchQueryOptions<T, Error, T, K>,
) {
  const client = useQueryClient();
  const hydrated = useHydrated();
  if (hydrated && !client.getQueryState(options.queryKey)) void client.prefetchQuery(options);
}
