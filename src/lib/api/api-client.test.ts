import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { creditsFor } from '@/testing/builders';
import { apiRequest } from './api-client';
import { bindApiConfig } from './api-config';
import { ApiError } from './api-errors';

const client = new QueryClient();

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(Response.json(body, { status }))),
  );
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof ApiError ? error.failure : error),
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiRequest: the contract loads apart from the first chunk and parses as strictly', () => {
  it('returns the parsed answer when it matches the schema', async () => {
    const credits = creditsFor('low');
    answer(200, credits);
    await expect(apiRequest('credits', (c) => c.creditsSchema, { client })).resolves.toEqual(
      credits,
    );
  });

  it('turns an answer that does not match into a contract error, never a number', async () => {
    answer(200, { ...creditsFor('low'), balance: '7' });
    expect(
      await failureOf(apiRequest('credits', (c) => c.creditsSchema, { client })),
    ).toMatchObject({
      kind: 'contract',
      issues: [expect.stringMatching(/^balance: /)],
    });
  });

  it('reads the error body of a refusal with the contract too', async () => {
    answer(409, { error: { code: 'mode_needs_credits', message: 'Needs credits.' } });
    expect(
      await failureOf(apiRequest('setActivationMode', (c) => c.agentSchema, { client, body: {} })),
    ).toEqual({ kind: 'http', status: 409, code: 'mode_needs_credits', message: 'Needs credits.' });
  });
});

describe('apiRequest: the API a query client is bound to', () => {
  it('calls the bound base URL through the bound fetch, not the global one', async () => {
    answer(500, {});
    const hostFetch = vi.fn<typeof fetch>(() => Promise.resolve(Response.json(creditsFor('low'))));
    const hosted = new QueryClient();
    bindApiConfig(hosted, { baseUrl: 'https://api.example.com/credits-api/', fetch: hostFetch });
    await expect(
      apiRequest('credits', (c) => c.creditsSchema, { client: hosted }),
    ).resolves.toEqual(creditsFor('low'));
    expect(hostFetch).toHaveBeenCalledTimes(1);
    expect(hostFetch.mock.calls[0]![0]).toBe('https://api.example.com/credits-api/api/credits');
    expect(globalThis.fetch).not.toHaveBeenCalled();
  });

  it('uses the page origin and the global fetch for a client bound to nothing', async () => {
    answer(200, creditsFor('low'));
    await apiRequest('credits', (c) => c.creditsSchema, { client: new QueryClient() });
    expect(vi.mocked(globalThis.fetch).mock.calls[0]![0]).toBe('/api/credits');
  });
});
