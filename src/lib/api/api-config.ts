import type { QueryClient } from '@tanstack/react-query';

/** Where the credit API lives and how to reach it. */
export interface ApiConfig {
  /** The API's origin and base path, without a trailing slash; '' is the page's own origin. */
  baseUrl: string;
  /** The fetch to call: a host may pass its own (auth headers, tracing, a test double). */
  fetch: typeof globalThis.fetch;
  /** A request that has not answered by then is reported as unreachable, not left spinning. */
  requestTimeoutMs: number;
}

export type ApiOptions = Partial<ApiConfig>;

const DEFAULT_CONFIG: ApiConfig = {
  baseUrl: '',
  // Looked up on every call, not once: a test or a mock may replace the global after loading.
  fetch: (input, init) => globalThis.fetch(input, init),
  requestTimeoutMs: 8_000,
};

const configs = new WeakMap<QueryClient, ApiConfig>();

/** The API's base URL as every request is made on it: without a trailing slash. */
export function apiBaseUrl(baseUrl: string = DEFAULT_CONFIG.baseUrl): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * The API a query client talks to. Bound to the client rather than held in a module, so every
 * query and mutation (which get their client from TanStack Query) reaches the right API, and two
 * providers on one page, each with its own client, can point at two APIs.
 */
export function bindApiConfig(client: QueryClient, options: ApiOptions = {}): ApiConfig {
  const config: ApiConfig = {
    baseUrl: apiBaseUrl(options.baseUrl),
    fetch: options.fetch ?? DEFAULT_CONFIG.fetch,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_CONFIG.requestTimeoutMs,
  };
  configs.set(client, config);
  return config;
}

/** The API bound to this client, or the page's own origin when none was. */
export function apiConfigOf(client: QueryClient): ApiConfig {
  return configs.get(client) ?? DEFAULT_CONFIG;
}
