/**
 * The HTTP mock behind a bearer token (`--require-token`), as a host's real API is, and the
 * client's live channel through the host's fetch against it: the token must reach the stream.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reconnecting, serverSentEvents } from '@/lib/live/live-updates';
import { startMockHttpServer, type MockHttpServer } from './mock-http-server.ts';

const TOKEN = 'host-secret';
let mock: MockHttpServer;

beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0, requireToken: TOKEN, log: () => undefined });
});

afterAll(() => mock.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The host's fetch: every request carries its token. */
const withToken: typeof fetch = (input, init) =>
  fetch(input, { ...init, headers: { ...(init?.headers as object), ...bearer(TOKEN) } });

describe('--require-token', () => {
  it.each([
    ['GET', '/api/credits'],
    ['GET', '/api/agent'],
    ['POST', '/api/qa/scenario'],
  ])('answers %s %s with 401 without the token and with a wrong one', async (method, path) => {
    for (const headers of [{}, bearer('guess')]) {
      const response = await fetch(`${mock.url}${path}`, { method, headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe('unauthorized');
    }
  });

  it('answers with the token', async () => {
    const response = await fetch(`${mock.url}/api/credits`, { headers: bearer(TOKEN) });
    expect(response.status).toBe(200);
  });

  it('refuses the live stream without the token', async () => {
    const response = await fetch(`${mock.url}/api/events`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(response.status).toBe(401);
  });

  it('lets a page send the token across origins (the preflight allows the header)', async () => {
    const response = await fetch(`${mock.url}/api/events`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-headers': 'authorization, last-event-id',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-headers')).toContain('last-event-id');
  });
});

describe('the live channel through the host fetch', () => {
  it('carries the token to the stream: the state arrives, then each change', async () => {
    const heard: unknown[] = [];
    const close = serverSentEvents(
      `${mock.url}/api/events`,
      withToken,
    )({ message: (data) => heard.push(data), error: () => undefined });
    try {
      await vi.waitFor(() => expect(heard).toHaveLength(2));
      expect(heard.map((event) => (event as { type: string }).type).sort()).toEqual([
        'agent',
        'credits',
      ]);
      const spend = await withToken(`${mock.url}/api/ai-actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'dm_reply', idempotencyKey: 'token-test-1' }),
      });
      expect(spend.status).toBe(201);
      await vi.waitFor(() => expect(heard.length).toBeGreaterThan(2));
    } finally {
      close();
    }
  });

  it('without the token the stream gives up (no data, no reconnect loop of its own)', async () => {
    const errors: boolean[] = [];
    const heard: unknown[] = [];
    const close = serverSentEvents(
      `${mock.url}/api/events`,
      fetch,
    )({ message: (data) => heard.push(data), error: (closed) => errors.push(closed) });
    try {
      await vi.waitFor(() => expect(errors).toEqual([true]));
      expect(heard).toEqual([]);
    } finally {
      close();
    }
  });

  it('opens again after giving up, once the token is there', async () => {
    let token = 'expired';
    const heard: unknown[] = [];
    const close = reconnecting(
      serverSentEvents(`${mock.url}/api/events`, (input, init) =>
        fetch(input, { ...init, headers: { ...(init?.headers as object), ...bearer(token) } }),
      ),
      10,
    )({ message: (data) => heard.push(data), error: () => (token = TOKEN) });
    try {
      await vi.waitFor(() => expect(heard).toHaveLength(2));
    } finally {
      close();
    }
    await vi.waitFor(() => expect(mock.liveSubscribers()).toBe(0));
  });
});
