import { infiniteQueryOptions } from '@tanstack/react-query';
import type { LedgerQuery } from '@/contract/schemas';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';

export type LedgerFilters = Pick<LedgerQuery, 'type' | 'kind'>;

/** Entries per request: few round trips to the oldest entry, and still a quick first page. */
export const LEDGER_PAGE_SIZE = 500;

export function getLedger({
  cursor,
  limit = LEDGER_PAGE_SIZE,
  type,
  kind,
  client,
  signal,
}: LedgerFilters & ApiCall & { cursor?: string; limit?: number }) {
  return apiRequest('ledger', (c) => c.ledgerPageSchema, {
    client,
    query: { cursor, limit, type, kind },
    signal,
  });
}

/** The ledger newest first, a page at a time; each page's cursor leads to the older one. */
export function ledgerQueryOptions(filters: LedgerFilters = {}) {
  const key = {
    limit: LEDGER_PAGE_SIZE,
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  };
  return infiniteQueryOptions({
    queryKey: queryKeys.credits.ledger(key),
    queryFn: ({ pageParam, client, signal }) =>
      getLedger({ ...key, cursor: pageParam, client, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Entries never change once written, and a long history holds many thousands: comparing the
    // old pages with the new ones on every page would cost more than it could ever save.
    structuralSharing: false,
  });
}
