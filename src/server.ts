/**
 * The server's side of the component set (`inro-ai-credits/server`): no React component or hook,
 * so a React Server Component, a route loader or any server code can import it. It asks the credit
 * API for what the first render shows (the credits and the agent) and hands it over dehydrated,
 * as TanStack Query's SSR guide does: give the result to its `HydrationBoundary` inside
 * CreditsProvider. The server's HTML then holds the gauge with its number and the billing page with
 * its plan, and the browser does not ask for them again.
 *
 *   const state = await fetchCreditsState({ baseUrl: API, headers: { authorization } });
 *   <CreditsProvider baseUrl={API}><HydrationBoundary state={state}>…</HydrationBoundary></CreditsProvider>
 */
import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import { agentQueryOptions } from '@/features/agent/api/get-agent';
import { creditsQueryOptions } from '@/features/credits/api/credits-query';
import { bindApiConfig } from '@/lib/api/api-config';
import { createQueryClient } from '@/lib/api/query-client';

export interface CreditsStateOptions {
  /** The API's absolute address (origin and base path): a server has no page to be relative to. */
  baseUrl: string;
  /** Sent with every request: the merchant's auth, forwarded from the request being rendered. */
  headers?: HeadersInit;
  /** The fetch to call (tracing, a test double). Default: the global fetch. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The credits and the agent, fetched now and dehydrated for TanStack's HydrationBoundary. A request
 * that fails is left out (the browser then asks itself, and shows its error state if it must);
 * this never throws for the API's sake, so a page still renders when the credit service is down.
 */
export async function fetchCreditsState({
  baseUrl,
  headers,
  fetch = (input, init) => globalThis.fetch(input, init),
}: CreditsStateOptions): Promise<DehydratedState> {
  if (!/^https?:\/\//.test(baseUrl)) {
    throw new Error(
      `fetchCreditsState needs the API's absolute address (https://…), not "${baseUrl}": a server has no page origin to resolve it against.`,
    );
  }
  const client = createQueryClient();
  bindApiConfig(client, {
    baseUrl,
    fetch: (input, init) => {
      const merged = new Headers(headers);
      new Headers(init?.headers).forEach((value, name) => merged.set(name, value));
      return fetch(input, { ...init, headers: merged });
    },
  });
  // No retry: a page waiting on a server render is no place to wait out a failing service.
  await Promise.all([
    client.prefetchQuery({ ...creditsQueryOptions(), retry: false }),
    client.prefetchQuery({ ...agentQueryOptions(), retry: false }),
  ]);
  const state = dehydrate(client);
  client.clear();
  return state;
}
