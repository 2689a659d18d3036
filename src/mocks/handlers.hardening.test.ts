import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '@/contract/bodies';
import type { ScenarioName } from '@/contract/qa';
import { apiErrorSchema, creditsSchema, ledgerPageSchema } from '@/contract/schemas';
import { ONBOARDING_STEPS } from '@/domain/credits';
import { createMemoryBackend } from './memory-backend';

/**
 * What an adversarial run found around the credit rules (issue 10), at the level of the handlers
 * that the browser worker, Storybook and the HTTP mock share. scripts/mock-http-server.abuse.test.ts
 * replays the same cases over real HTTP.
 */

const origin = 'http://mock.test';
const server = setupServer();
let backend = createMemoryBackend();
let notified = 0;

function use(scenario: ScenarioName, allowedOrigins: string[] = []) {
  backend = createMemoryBackend(scenario, {
    now: () => Date.parse('2026-11-24T12:00:00Z'),
    random: () => 0.99,
    allowedOrigins,
  });
  notified = 0;
  backend.db.subscribe(() => notified++);
  server.resetHandlers(...backend.handlers);
}

function call(path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  return fetch(`${origin}${path}`, {
    ...rest,
    headers:
      json === undefined ? rest.headers : { 'content-type': 'application/json', ...rest.headers },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
}

async function credits() {
  return v.parse(creditsSchema, await (await call('/api/credits')).json());
}

async function errorOf(response: Response) {
  return v.parse(apiErrorSchema, await response.json()).error;
}

/** The account as a client sees it, to show that a refused request changed nothing. */
async function snapshot() {
  const [c, agent, onboarding] = await Promise.all([
    credits(),
    (await call('/api/agent')).json() as Promise<unknown>,
    (await call('/api/onboarding')).json() as Promise<unknown>,
  ]);
  return { credits: c, agent, onboarding, ledgerSize: (await backend.db.read()).lastSeq };
}

const step = ONBOARDING_STEPS[0]!.id;
const bodyless = [
  ['upgrade', '/api/billing/upgrade'],
  ['restore', '/api/agent/activation-mode/restore'],
  ['step completion', `/api/onboarding/steps/${step}/complete`],
] as const;
const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('bodies (3)', () => {
  it.each(bodyless)(
    'refuses a body on %s, which takes none, and changes nothing',
    async (_, path) => {
      use('pro-after-exhaustion');
      const before = await snapshot();
      for (const body of ['{bad', '{}', tenMegabytes]) {
        const response = await call(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(response.status).toBe(body === tenMegabytes ? 413 : 400);
        const error = await errorOf(response);
        expect(error.code).toBe(body === tenMegabytes ? 'payload_too_large' : 'unexpected_body');
        expect(error.message).toContain(body === tenMegabytes ? `${MAX_BODY_BYTES} bytes` : path);
      }
      expect(await snapshot()).toEqual(before);
      expect(notified).toBe(0);
    },
  );

  it('refuses an oversize JSON body on a route that takes one, unread', async () => {
    use('new-free');
    const response = await call('/api/ai-actions', {
      method: 'POST',
      json: { kind: 'dm_reply', idempotencyKey: tenMegabytes },
    });
    expect(response.status).toBe(413);
    expect((await credits()).spent).toBe(0);
  });

  it('answers 400 naming JSON for a body that does not parse', async () => {
    use('new-free');
    const response = await call('/api/qa/promotions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":',
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'invalid_json' });
  });
});

describe('content type and origin (4)', () => {
  it('refuses a text/plain post, the kind any page can send without a preflight', async () => {
    use('new-free');
    const before = await snapshot();
    const spend = await call('/api/ai-actions', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ kind: 'dm_reply', idempotencyKey: 'k' }),
    });
    const upgrade = await call('/api/billing/upgrade', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
    });
    const reset = await call('/api/qa/scenario', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=exhausted',
    });
    for (const response of [spend, upgrade, reset]) {
      expect(response.status).toBe(415);
      expect((await errorOf(response)).message).toContain('application/json');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses pages from other origins and lets localhost and configured ones through', async () => {
    use('new-free', ['https://app.example']);
    const upgradeFrom = (from: string) =>
      call('/api/billing/upgrade', { method: 'POST', headers: { origin: from } });
    for (const from of ['https://evil.example', 'null', 'http://localhost.evil.example']) {
      const response = await upgradeFrom(from);
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toMatchObject({ code: 'origin_not_allowed' });
    }
    expect((await credits()).plan).toBe('free');
    expect((await upgradeFrom('http://localhost:5173')).status).toBe(200);
    expect((await upgradeFrom('https://app.example')).status).toBe(200);
    expect((await upgradeFrom(origin)).status).toBe(200);
  });
});

describe('specific messages (5)', () => {
  it.each([
    [
      { kind: 'dm_reply', idempotencyKey: 'k'.repeat(201) },
      'idempotencyKey',
      'at most 200 characters',
    ],
    [{ kind: 'dm_reply', idempotencyKey: 'k', extra: 1 }, 'extra', 'not allowed'],
    [{ kind: 'telepathy', idempotencyKey: 'k' }, 'kind', '"dm_reply"'],
    [{ kind: 'dm_reply' }, 'idempotencyKey', 'is required'],
    [{ kind: 'dm_reply', idempotencyKey: 7 }, 'idempotencyKey', 'must be a string'],
  ])('says which field of %j is wrong and what it allows', async (json, path, allowed) => {
    use('new-free');
    const response = await call('/api/ai-actions', { method: 'POST', json });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.find((issue) => issue.path === path)?.message).toContain(allowed);
    expect(error.message).toContain(path);
    expect(error.message).not.toContain('Invalid input');
  });
});

describe('promotion conflicts (6)', () => {
  it.each([
    ['amount', { id: 'winter-boost', name: 'Winter boost', amount: 50 }],
    ['name', { id: 'winter-boost', name: 'Spring boost', amount: 20 }],
  ])('answers 409 for a known promotion id with another %s', async (_, json) => {
    use('promo-after-exhaustion');
    const before = await snapshot();
    const response = await call('/api/qa/promotions', { method: 'POST', json });
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toMatchObject({ code: 'promotion_id_reused' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('no-op changes (7)', () => {
  it('leave revision where it was and tell no one', async () => {
    use('onboarded');
    const spend = () =>
      call('/api/ai-actions', {
        method: 'POST',
        json: { kind: 'dm_reply', idempotencyKey: 'once' },
      });
    const promote = () =>
      call('/api/qa/promotions', { method: 'POST', json: { id: 'p', name: 'P', amount: 5 } });
    const complete = () => call(`/api/onboarding/steps/${step}/complete`, { method: 'POST' });
    const upgrade = () => call('/api/billing/upgrade', { method: 'POST' });
    const faults = () => call('/api/qa/faults', { method: 'PUT', json: { latencyMs: 0 } });
    expect((await spend()).status).toBe(201);
    expect((await promote()).status).toBe(201);
    expect((await upgrade()).status).toBe(200);
    const { revision } = await credits();
    notified = 0;

    for (let i = 0; i < 20; i++) {
      expect((await spend()).status).toBe(200);
      expect((await promote()).status).toBe(200);
      expect((await complete()).status).toBe(200);
      expect(await (await upgrade()).json()).toEqual({ plan: 'pro', changed: false });
      expect((await faults()).status).toBe(200);
    }
    expect((await credits()).revision).toBe(revision);
    expect(notified).toBe(0);
  });
});

describe('scenario keys (8)', () => {
  it('never answers a client key as a replay of a seeded action', async () => {
    use('low');
    const response = await call('/api/ai-actions', {
      method: 'POST',
      json: { kind: 'dm_reply', idempotencyKey: 'low-1' },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ outcome: 'charged', balance: 6, replayed: false });
  });
});

describe('onboarding on Pro (9)', () => {
  it('records the step and grants nothing', async () => {
    use('new-free');
    await call('/api/billing/upgrade', { method: 'POST' });
    const before = await credits();
    expect(before.granted.onboarding).toBe(0);
    const response = await call(`/api/onboarding/steps/${step}/complete`, { method: 'POST' });
    expect(await response.json()).toMatchObject({
      granted: 0,
      credits: { granted: before.granted },
    });
  });
});

describe('smaller ones (10)', () => {
  it('answers HEAD on every GET route with the GET status and no body', async () => {
    use('low');
    for (const path of ['/api/credits', '/api/credits/ledger', '/api/agent', '/api/onboarding']) {
      const response = await call(path, { method: 'HEAD' });
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe('');
    }
    expect((await call('/api/credits/ledger?limit=0', { method: 'HEAD' })).status).toBe(400);
  });

  it.each(['1e2', '0x10', ' 5 ', '5.0', '0', '-1', '501'])(
    'refuses limit=%j, naming the field and what it takes',
    async (limit) => {
      use('low');
      const response = await call(`/api/credits/ledger?limit=${encodeURIComponent(limit)}`);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).issues).toContainEqual({
        path: 'limit',
        message: 'must be a whole number from 1 to 500, in digits only',
      });
    },
  );

  it('refuses a cursor handed out before a reset with 410', async () => {
    use('low');
    const page = v.parse(
      ledgerPageSchema,
      await (await call('/api/credits/ledger?limit=5')).json(),
    );
    await call('/api/qa/scenario', { method: 'POST', json: { name: 'low' } });
    const response = await call(`/api/credits/ledger?limit=5&cursor=${page.nextCursor}`);
    expect(response.status).toBe(410);
    expect(await errorOf(response)).toMatchObject({ code: 'cursor_expired' });
    const fresh = v.parse(
      ledgerPageSchema,
      await (await call('/api/credits/ledger?limit=5')).json(),
    );
    expect((await call(`/api/credits/ledger?limit=5&cursor=${fresh.nextCursor}`)).status).toBe(200);
  });
});

describe('live-event subscribers (2)', () => {
  const open = (signal?: AbortSignal) =>
    getResponse(
      backend.handlers,
      new Request(`${origin}/api/events`, { headers: { accept: 'text/event-stream' }, signal }),
    );
  const change = (i: number) =>
    backend.db.commit((account) => ({
      account: { ...account, updatedAt: new Date(i).toISOString() },
      events: [],
      result: undefined,
    }));
  const subscribers = () => backend.db.listenerCount() - 1; // less the test's own counter

  it('releases a stream its reader cancels', async () => {
    use('new-free');
    const response = await open();
    expect(subscribers()).toBe(1);
    await response!.body!.cancel();
    expect(subscribers()).toBe(0);
  });

  it('releases a stream whose request is aborted', async () => {
    use('new-free');
    const aborted = new AbortController();
    await open(aborted.signal);
    expect(subscribers()).toBe(1);
    aborted.abort();
    expect(subscribers()).toBe(0);
  });

  it('drops a reader that stopped reading instead of queueing without end', async () => {
    use('new-free');
    const response = await open();
    for (let i = 0; i < 200; i++) await change(i);
    expect(subscribers()).toBe(0);
    await expect(response!.body!.getReader().read()).rejects.toThrow('stopped reading');
  });

  it('never subscribes for a request already aborted while it waited', async () => {
    use('new-free');
    await call('/api/qa/faults', { method: 'PUT', json: { latencyMs: 50 } });
    const aborted = new AbortController();
    const pending = open(aborted.signal);
    aborted.abort();
    const response = await pending;
    expect(response?.type).toBe('error');
    expect(subscribers()).toBe(0);
  });
});
