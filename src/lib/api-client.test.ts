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

describe('apiRequest: answers that arrive before the contract does', () => {
  afterEach(() => {
    vi.doUnmock('@/contract/schemas');
    vi.resetModules();
  });

  it('are parsed one per task once it lands, never all in one long task', async () => {
    vi.resetModules();
    let contractLands!: () => void;
    const held = new Promise<void>((resolve) => (contractLands = resolve));
    vi.doMock('@/contract/schemas', async (importOriginal) => {
      await held;
      return importOriginal();
    });
    const fresh = await import('./api-client');

    // The contract lands as the second answer is read: both are then waiting for it.
    let reads = 0;
    const body = creditsFor('low');
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve({
          ok: true,
          status: 200,
          json: () => {
            if (++reads === 2) contractLands();
            return Promise.resolve(body);
          },
        }),
      ),
    );
    // The first parse queues a microtask: it runs as soon as the task that parsed ends.
    let firstTaskEnded = false;
    const parsedAfterATask: boolean[] = [];
    const creditsSchema = (contract: Parameters<Parameters<typeof fresh.apiRequest>[1]>[0]) => {
      if (parsedAfterATask.length === 0) queueMicrotask(() => (firstTaskEnded = true));
      parsedAfterATask.push(firstTaskEnded);
      return contract.creditsSchema;
    };

    await expect(
      Promise.all([
        fresh.apiRequest('credits', creditsSchema, { client }),
        fresh.apiRequest('credits', creditsSchema, { client }),
      ]),
    ).resolves.toEqual([body, body]);
    expect(parsedAfterATask).toEqual([false, true]);
  });
});
