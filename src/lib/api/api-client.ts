import type { QueryClient } from '@tanstack/react-query';
import type * as v from 'valibot';
import { API_ROUTES, routePath, type ApiRouteName, type RouteSpec } from '@/contract/routes';
import type * as Contract from '@/contract/schemas';
import { afterFirstPaint } from '../scheduling/after-first-paint';
import { lazyCode } from '../scheduling/lazy-code';
import { apiConfigOf } from './api-config';
import { ApiError } from './api-errors';

export interface ApiRequest {
  /** The query client the call is made for: it knows which API to call (see bindApiConfig). */
  client: QueryClient;
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * What a fetcher needs: TanStack Query's query and mutation function contexts both carry it, so a
 * fetcher is the `queryFn` or `mutationFn` itself.
 */
export interface ApiCall {
  client: QueryClient;
  signal?: AbortSignal;
}

export type ContractSchemas = typeof Contract;

/**
 * The contract's schemas (and valibot's `safeParse` with them) are not in the first JavaScript:
 * they load on the first request, while that request is on its way, and are kept from then on.
 * Parsing stays as strict as before; only its code arrives later. (They are written in valibot
 * 1.5, not zod/mini: the contract's chunk is 3.8 KB gzip instead of 9.8 KB, and loading it and
 * building the schemas took 4 ms instead of 12-14 ms in Node, best of 5 fresh processes; in the
 * browser, zod's was the longest task of the first load. Up front it would still put the first
 * chunk over its budget.)
 * Its download starts after the first paint: the first frame never needs it (it shows no data),
 * and on a phone every request that shares the first frame's bandwidth delays it.
 */
const contract = lazyCode(() => afterFirstPaint().then(() => import('@/contract/schemas')));
export const loadContract: () => Promise<ContractSchemas> = contract.load;

/** A route of the API by name, or a route spec (the QA panel passes the QA routes this way). */
export type ApiRoute = ApiRouteName | RouteSpec;

function specOf(route: ApiRoute): RouteSpec {
  return typeof route === 'string' ? API_ROUTES[route] : route;
}

export function apiUrl(
  baseUrl: string,
  route: ApiRoute,
  { params, query }: Pick<ApiRequest, 'params' | 'query'> = {},
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) search.set(key, String(value));
  const qs = search.toString();
  return `${baseUrl}${routePath(specOf(route), params)}${qs ? `?${qs}` : ''}`;
}

/**
 * Calls one route of the contract and parses the answer with its schema, picked from the contract
 * by `schemaOf` (`(c) => c.creditsSchema`). Whatever goes wrong comes out as an ApiError that says
 * what: a payload that does not match is an error, never a silently wrong number on screen.
 */
export async function apiRequest<S extends v.GenericSchema>(
  route: ApiRoute,
  schemaOf: (contract: ContractSchemas) => S,
  { client, body, signal, ...url }: ApiRequest,
): Promise<v.InferOutput<S>> {
  const config = apiConfigOf(client);
  // Asked for before the request goes out, so both travel at once.
  const schemas = loadContract();
  // Awaited below; until then a failure to load must not count as unhandled.
  schemas.catch(() => undefined);
  const timeout = AbortSignal.timeout(config.requestTimeoutMs);
  let response: Response;
  try {
    response = await config.fetch(apiUrl(config.baseUrl, route, url), {
      method: specOf(route).method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (timeout.aborted) {
      throw new ApiError({
        kind: 'timeout',
        message: `The credit service did not answer within ${config.requestTimeoutMs / 1000} s.`,
      });
    }
    if (signal?.aborted) throw error;
    throw new ApiError({ kind: 'network', message: 'The credit service could not be reached.' });
  }

  const payload: unknown = await response.json().catch(() => undefined);
  const loaded = contract.value ?? (await schemas);
  if (!response.ok) {
    const parsed = loaded.safeParse(loaded.apiErrorSchema, payload);
    throw new ApiError({
      kind: 'http',
      status: response.status,
      code: parsed.success ? parsed.output.error.code : `http_${response.status}`,
      message: parsed.success
        ? parsed.output.error.message
        : `The credit service answered ${response.status}.`,
    });
  }
  const parsed = loaded.safeParse(schemaOf(loaded), payload);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'contract',
      message: `The credit service sent an answer this app does not understand (${specOf(route).path}).`,
      issues: parsed.issues.map(
        (issue) => `${issue.path?.map((item) => item.key).join('.') || '(root)'}: ${issue.message}`,
      ),
    });
  }
  return parsed.output;
}
