import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UsageQuery } from '@/contract/schemas';
import { apiRequest, type ApiCall } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The picture covers two weeks: enough to see a pace, short enough to read at a glance. */
export const USAGE_DAYS = 14;

let timeZone: string | undefined;

/**
 * The merchant's own calendar: "today" and "this month" are theirs, not the server's. Read once
 * per visit: building the Intl formatter that tells it costs milliseconds, and every component
 * that reads the usage asks for it on every render.
 */
export function localTimeZone(): string {
  timeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
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
