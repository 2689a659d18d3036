import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UsageQuery } from '@/contract/schemas';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';

/** The picture covers two weeks: enough to see a pace, short enough to read at a glance. */
export const USAGE_DAYS = 14;

let timeZone: string | undefined;

/** Where the browser has Temporal, it names the time zone without loading Intl's date data. */
const temporal = (globalThis as { Temporal?: { Now: { timeZoneId(): string } } }).Temporal;

/**
 * The merchant's own calendar: "today" and "this month" are theirs, not the server's. Read once
 * per visit, and through Temporal where there is one: the first Intl date formatter a page builds
 * loads the locale's date data (37 to 99 ms measured here, before Lighthouse's 4x), and this is
 * read while the billing page is still on its way, when nothing needs that data yet.
 */
export function localTimeZone(): string {
  timeZone ??= temporal?.Now.timeZoneId() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return timeZone;
}

export function getUsage({ days, timeZone, client, signal }: UsageQuery & ApiCall) {
  return apiRequest('usage', (c) => c.usageSchema, { client, query: { days, timeZone }, signal });
}

export function usageQueryOptions(
  range: UsageQuery = { days: USAGE_DAYS, timeZone: localTimeZone() },
) {
  return queryOptions({
    queryKey: queryKeys.credits.usage(range),
    queryFn: ({ client, signal }) => getUsage({ ...range, client, signal }),
  });
}

export function useUsage() {
  return useQuery(usageQueryOptions());
}
