import { useQuery } from '@tanstack/react-query';
import type { Credits } from '@/contract/schemas';
import { usePrefetchInBrowser } from '@/lib/api/use-prefetch-in-browser';
import { creditsQueryOptions } from './credits-query';

/**
 * Reads the credits. With `select`, a component re-renders only when what it picked changes:
 * a spend then re-renders the gauge and nothing that only needs, say, the plan.
 * Pass a stable `select` (module-level or memoised).
 */
export function useCredits(): ReturnType<typeof useQuery<Credits>>;
export function useCredits<T>(
  select: (credits: Credits) => T,
): ReturnType<typeof useQuery<Credits, Error, T>>;
export function useCredits<T>(select?: (credits: Credits) => T) {
  // Asked for as its first reader renders: useQuery alone asks in an effect, after the commit,
  // and on a first load that commit waits for the whole first page to be built (the billing
  // page's plan, its largest paint, waited 170 ms on it).
  const options = creditsQueryOptions();
  usePrefetchInBrowser(options);
  return useQuery({ ...options, select });
}
