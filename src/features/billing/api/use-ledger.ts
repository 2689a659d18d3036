import { useInfiniteQuery } from '@tanstack/react-query';
import { ledgerQueryOptions, type LedgerFilters } from './get-ledger';

/**
 * The ledger, page after page, for a component. A module of its own: the app's first chunk holds
 * get-ledger.ts for the billing prefetch, and the hook, with React Query's infinite observer
 * behind it, would have come along (0.7 KB gzip) though only the billing page uses it.
 */
export function useLedger(filters: LedgerFilters = {}) {
  return useInfiniteQuery(ledgerQueryOptions(filters));
}
