import { afterEach, describe, expect, it, vi } from 'vitest';
import { creditsFor } from '@/testing/builders';
import { apiRequest } from './api-client';
import { ApiError } from './api-errors';

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
    await expect(apiRequest('credits', (c) => c.creditsSchema)).resolves.toEqual(credits);
  });

  it('turns an answer that does not match into a contract error, never a number', async () => {
    answer(200, { ...creditsFor('low'), balance: '7' });
    expect(await failureOf(apiRequest('credits', (c) => c.creditsSchema))).toMatchObject({
      kind: 'contract',
      issues: [expect.stringMatching(/^balance: /)],
    });
  });

  it('reads the error body of a refusal with the contract too', async () => {
    answer(409, { error: { code: 'mode_needs_credits', message: 'Needs credits.' } });
    expect(
      await failureOf(apiRequest('setActivationMode', (c) => c.agentSchema, { body: {} })),
    ).toEqual({ kind: 'http', status: 409, code: 'mode_needs_credits', message: 'Needs credits.' });
  });
});
