import type * as z from 'zod/mini';
import { API_ROUTES, routePath, type ApiRouteName, type RouteSpec } from '@/contract/routes';
import { apiErrorSchema } from '@/contract/schemas';
import { ApiError } from './api-errors';
import { apiConfig } from './config';

export interface ApiRequest {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

/** A route of the API by name, or a route spec (the QA panel passes the QA routes this way). */
export type ApiRoute = ApiRouteName | RouteSpec;

function specOf(route: ApiRoute): RouteSpec {
  return typeof route === 'string' ? API_ROUTES[route] : route;
}

export function apiUrl(
  route: ApiRoute,
  { params, query }: Pick<ApiRequest, 'params' | 'query'> = {},
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) search.set(key, String(value));
  const qs = search.toString();
  return `${apiConfig.baseUrl}${routePath(specOf(route), params)}${qs ? `?${qs}` : ''}`;
}

/**
 * Calls one route of the contract and parses the answer with its schema. Whatever goes wrong
 * comes out as an ApiError that says what: a payload that does not match is an error, never a
 * silently wrong number on screen.
 */
export async function apiRequest<S extends z.ZodMiniType>(
  route: ApiRoute,
  schema: S,
  { body, signal, ...url }: ApiRequest = {},
): Promise<z.output<S>> {
  const timeout = AbortSignal.timeout(apiConfig.requestTimeoutMs);
  let response: Response;
  try {
    response = await fetch(apiUrl(route, url), {
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
        message: `The credit service did not answer within ${apiConfig.requestTimeoutMs / 1000} s.`,
      });
    }
    if (signal?.aborted) throw error;
    throw new ApiError({ kind: 'network', message: 'The credit service could not be reached.' });
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(payload);
    throw new ApiError({
      kind: 'http',
      status: response.status,
      code: parsed.success ? parsed.data.error.code : `http_${response.status}`,
      message: parsed.success
        ? parsed.data.error.message
        : `The credit service answered ${response.status}.`,
    });
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'contract',
      message: `The credit service sent an answer this app does not understand (${specOf(route).path}).`,
      issues: parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
      ),
    });
  }
  return parsed.data;
}
