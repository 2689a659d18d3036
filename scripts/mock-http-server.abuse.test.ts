/**
 * `npm run test:api-abuse`: the HTTP mock driven as an attacker and a careless client would
 * (issue 10), on a loopback port. Every malformed request gets a 4xx with a specific message and
 * changes nothing; nothing ends the process; live-event subscribers all go away; memory stays
 * bounded. Counts and states only: no assertion on how long anything took.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScenarioName } from '@/contract/qa';
import { apiErrorSchema, creditsSchema, ledgerPageSchema } from '@/contract/schemas';
import { ONBOARDING_STEPS } from '@/domain/credits';
import { startMockHttpServer, type MockHttpServer } from './mock-http-server.ts';

const LONG = 120_000;
const step = ONBOARDING_STEPS[0]!.id;
const logged: string[] = [];
let mock: MockHttpServer;
let staticMock: MockHttpServer;
let staticDir: string;
let port: number;

beforeAll(async () => {
  vi.spyOn(console, 'log');
  vi.spyOn(console, 'warn');
  vi.spyOn(console, 'error');
  staticDir = mkdtempSync(join(tmpdir(), 'mock-abuse-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  mock = await startMockHttpServer({ port: 0, log: (line) => logged.push(line) });
  staticMock = await startMockHttpServer({ port: 0, staticDir, log: (line) => logged.push(line) });
  port = Number(new URL(mock.url).port);
});

afterAll(async () => {
  await mock.close();
  await staticMock.close();
  rmSync(staticDir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

afterEach(() => {
  // Still up and answering after whatever the test sent.
  expect(mock.server.listening).toBe(true);
});

interface Raw {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
  bytes: Buffer;
}

/** One request through node:http, which sends what fetch refuses to (TRACE, odd paths). */
function raw(
  method: string,
  path: string,
  {
    headers = {},
    body,
    base = mock,
  }: { headers?: Record<string, string>; body?: string; base?: MockHttpServer } = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(new URL(base.url).port),
        method,
        path,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
            bytes: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (path: string, init: RequestInit & { json?: unknown } = {}) => {
  const { json, ...rest } = init;
  return fetch(`${mock.url}${path}`, {
    ...rest,
    headers:
      json === undefined ? rest.headers : { 'content-type': 'application/json', ...rest.headers },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
};

async function reset(name: ScenarioName) {
  expect((await api('/api/qa/scenario', { method: 'POST', json: { name } })).status).toBe(200);
}

/** Everything a client can see of the account: a refused request must leave all of it alone. */
async function snapshot() {
  const read = async (path: string) => (await api(path)).json() as Promise<unknown>;
  return {
    credits: await read('/api/credits'),
    agent: await read('/api/agent'),
    onboarding: await read('/api/onboarding'),
    qa: await read('/api/qa/state'),
  };
}

/** A live-event reader: counts the events it receives until closed. */
function openLiveEvents(): Promise<{ events: () => number; close: () => void }> {
  return new Promise((resolve, reject) => {
    let events = 0;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/api/events',
        headers: { accept: 'text/event-stream' },
        agent: false,
      },
      (res) => {
        let first = true;
        res.on('data', (chunk: Buffer) => {
          events += chunk
            .toString()
            .split('\n\n')
            .filter((frame) => frame.startsWith('data: ')).length;
          if (first) {
            first = false;
            resolve({ events: () => events, close: () => req.destroy() });
          }
        });
      },
    );
    req.on('error', (error) => (events === 0 ? reject(error) : undefined));
    req.end();
  });
}

const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

// A full collection before each reading, so RSS shows what is kept, not what is not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function settledRss(): number {
  collectGarbage();
  return process.memoryUsage().rss;
}

/** [what, request, status, error code, words the message must hold] */
const MALFORMED: [string, () => Promise<Raw>, number, string, string][] = [
  ['TRACE on an API route', () => raw('TRACE', '/api/credits'), 405, 'method_not_allowed', 'TRACE'],
  [
    'a malformed URI under /api',
    () => raw('GET', '/api/%E0%A4%A'),
    404,
    'not_found',
    '/api/%E0%A4%A',
  ],
  [
    'DELETE on a GET route',
    () => raw('DELETE', '/api/credits'),
    405,
    'method_not_allowed',
    'use GET',
  ],
  ...(
    [
      ['upgrade', '/api/billing/upgrade'],
      ['restore', '/api/agent/activation-mode/restore'],
      ['step completion', `/api/onboarding/steps/${step}/complete`],
    ] as const
  ).flatMap(([name, path]): [string, () => Promise<Raw>, number, string, string][] => [
    [
      `invalid JSON to ${name}`,
      () => raw('POST', path, { headers: { 'content-type': 'application/json' }, body: '{bad' }),
      400,
      'unexpected_body',
      'takes no request body',
    ],
    [
      `a 10 MB body to ${name}`,
      () =>
        raw('POST', path, { headers: { 'content-type': 'application/json' }, body: tenMegabytes }),
      413,
      'payload_too_large',
      'bytes',
    ],
    [
      `a text/plain post to ${name}`,
      () => raw('POST', path, { headers: { 'content-type': 'text/plain' } }),
      415,
      'unsupported_media_type',
      'text/plain',
    ],
    [
      `${name} from another site`,
      () => raw('POST', path, { headers: { origin: 'https://evil.example' } }),
      403,
      'origin_not_allowed',
      'https://evil.example',
    ],
  ]),
  [
    'a spend sent as text/plain',
    () =>
      raw('POST', '/api/ai-actions', {
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ kind: 'dm_reply', idempotencyKey: 'plain' }),
      }),
    415,
    'unsupported_media_type',
    'application/json',
  ],
  [
    'a reset from a form on another site',
    () =>
      raw('POST', '/api/qa/scenario', {
        headers: {
          origin: 'https://evil.example',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'name=exhausted',
      }),
    403,
    'origin_not_allowed',
    'evil.example',
  ],
  ...(
    [
      [{ kind: 'dm_reply', idempotencyKey: 'k'.repeat(201) }, 'at most 200 characters'],
      [{ kind: 'dm_reply', idempotencyKey: 'k', extra: true }, 'extra: this field is not allowed'],
      [{ kind: 'telepathy', idempotencyKey: 'k' }, 'kind: must be one of'],
    ] as const
  ).map(([body, words]): [string, () => Promise<Raw>, number, string, string] => [
    `a spend of ${JSON.stringify(body).slice(0, 60)}`,
    () =>
      raw('POST', '/api/ai-actions', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    400,
    'invalid_request',
    words,
  ]),
  [
    'a spend that is not JSON',
    () =>
      raw('POST', '/api/ai-actions', {
        headers: { 'content-type': 'application/json' },
        body: '{"kind":',
      }),
    400,
    'invalid_json',
    'not valid JSON',
  ],
  [
    'a known promotion id with another amount',
    () =>
      raw('POST', '/api/qa/promotions', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'winter-boost', name: 'Winter boost', amount: 99 }),
      }),
    409,
    'promotion_id_reused',
    'winter-boost',
  ],
  [
    'an unknown step',
    () => raw('POST', '/api/onboarding/steps/fly/complete'),
    404,
    'unknown_onboarding_step',
    'fly',
  ],
  ...['1e2', '0x10', '%205%20'].map(
    (limit): [string, () => Promise<Raw>, number, string, string] => [
      `limit=${limit}`,
      () => raw('GET', `/api/credits/ledger?limit=${limit}`),
      400,
      'invalid_request',
      'limit: must be a whole number from 1 to 500',
    ],
  ),
];

describe('malformed requests', () => {
  it.each(MALFORMED)(
    '%s: a specific 4xx, and nothing changes',
    async (_, send, status, code, words) => {
      await reset('promo-after-exhaustion');
      const before = await snapshot();
      const response = await send();
      expect(response.status).toBe(status);
      const { error } = v.parse(apiErrorSchema, JSON.parse(response.body));
      expect(error.code).toBe(code);
      expect(error.message).toContain(words);
      expect(error.message).not.toContain('Invalid input');
      expect(await snapshot()).toEqual(before);
    },
    LONG,
  );

  it('answers a malformed URI with --static with 400, and keeps serving the app', async () => {
    const response = await raw('GET', '/%E0%A4%A', { base: staticMock });
    expect(response.status).toBe(400);
    expect(v.parse(apiErrorSchema, JSON.parse(response.body)).error.message).toContain(
      'percent-encoded',
    );
    expect((await raw('GET', '/', { base: staticMock })).body).toContain('<title>app</title>');
    expect((await raw('TRACE', '/', { base: staticMock })).status).toBe(405);
  });

  it('answers a method the HTTP parser does not know with 400, and keeps running', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.end('BREW /api/credits HTTP/1.1\r\nhost: x\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await api('/api/credits')).status).toBe(200);
  });

  it('refuses a cursor handed out before a reset with 410', async () => {
    await reset('low');
    const page = v.parse(ledgerPageSchema, await (await api('/api/credits/ledger?limit=5')).json());
    await reset('low');
    const before = await snapshot();
    const response = await raw('GET', `/api/credits/ledger?limit=5&cursor=${page.nextCursor}`);
    expect(response.status).toBe(410);
    expect(v.parse(apiErrorSchema, JSON.parse(response.body)).error.code).toBe('cursor_expired');
    expect(await snapshot()).toEqual(before);
  });
});

describe('what well-formed requests must not do', () => {
  it(
    'no-op changes leave revision alone and push no live event',
    async () => {
      await reset('onboarded');
      const spend = () =>
        api('/api/ai-actions', {
          method: 'POST',
          json: { kind: 'dm_reply', idempotencyKey: 'once' },
        });
      const promote = () =>
        api('/api/qa/promotions', { method: 'POST', json: { id: 'p', name: 'P', amount: 5 } });
      const complete = () => api(`/api/onboarding/steps/${step}/complete`, { method: 'POST' });
      const upgrade = () => api('/api/billing/upgrade', { method: 'POST' });
      for (const first of [spend, promote, complete, upgrade])
        expect((await first()).ok).toBe(true);
      const { revision } = v.parse(creditsSchema, await (await api('/api/credits')).json());
      const live = await openLiveEvents();
      const seen = live.events();

      for (let i = 0; i < 250; i++) await Promise.all([spend(), promote(), complete(), upgrade()]);

      expect(v.parse(creditsSchema, await (await api('/api/credits')).json()).revision).toBe(
        revision,
      );
      // One real change afterwards: its events arrive, and they are the first since connecting.
      await api('/api/ai-actions', {
        method: 'POST',
        json: { kind: 'dm_reply', idempotencyKey: 'new' },
      });
      await vi.waitFor(() => expect(live.events()).toBe(seen + 2));
      live.close();
    },
    LONG,
  );

  it('never answers a client key as a replay of a seeded action', async () => {
    await reset('low');
    const response = await api('/api/ai-actions', {
      method: 'POST',
      json: { kind: 'dm_reply', idempotencyKey: 'low-1' },
    });
    expect(await response.json()).toEqual({ outcome: 'charged', balance: 6, replayed: false });
  });

  it('grants nothing for an onboarding step first done on Pro', async () => {
    await reset('new-free');
    await api('/api/billing/upgrade', { method: 'POST' });
    const response = await api(`/api/onboarding/steps/${step}/complete`, { method: 'POST' });
    expect(await response.json()).toMatchObject({
      granted: 0,
      credits: { granted: { starter: 50, onboarding: 0, promotions: 0 } },
    });
    const onboarding = (await (await api('/api/onboarding')).json()) as {
      steps: { id: string; done: boolean }[];
    };
    expect(onboarding.steps.find((s) => s.id === step)?.done).toBe(true);
  });

  it('compresses a JSON answer only for a client that takes it, to the same JSON', async () => {
    await api('/api/qa/scenario', { method: 'POST', json: { name: 'low', entries: 300 } });
    const path = '/api/credits/ledger?limit=500';
    const plain = await raw('GET', path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const page = v.parse(ledgerPageSchema, JSON.parse(plain.body));
    expect(page.entries.length).toBeGreaterThan(20);
    for (const encoding of ['gzip', 'br'] as const) {
      const packed = await raw('GET', path, { headers: { 'accept-encoding': encoding } });
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(packed.headers['content-length'])).toBe(packed.bytes.length);
      const unpacked =
        encoding === 'gzip' ? gunzipSync(packed.bytes) : brotliDecompressSync(packed.bytes);
      expect(unpacked.length).toBeGreaterThan(packed.bytes.length * 4);
      expect(JSON.parse(unpacked.toString())).toEqual(page);
    }
    // A small answer is not worth compressing: it goes as it is.
    const small = await raw('GET', '/api/agent', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('answers HEAD on a GET route with 200 and no body', async () => {
    for (const path of ['/api/credits', '/api/agent', '/api/credits/ledger', '/api/events']) {
      const response = await raw('HEAD', path);
      expect(response.status, path).toBe(200);
      expect(response.body).toBe('');
    }
  });

  it('keeps a keep-alive connection after a 1 MB body it did not read', async () => {
    const body = 'x'.repeat(1024 * 1024);
    const replies = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `GET /api/credits HTTP/1.1\r\nhost: x\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
        );
        socket.write(
          `POST /api/billing/upgrade HTTP/1.1\r\nhost: x\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
        );
        socket.write('GET /api/agent HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n');
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(replies.match(/HTTP\/1\.1 \d{3}/g)).toEqual([
      'HTTP/1.1 200',
      'HTTP/1.1 413',
      'HTTP/1.1 200',
    ]);
  });

  it('allows CORS for localhost and its own origin only, never *', async () => {
    const from = async (origin: string) =>
      (await raw('GET', '/api/credits', { headers: { origin } })).headers[
        'access-control-allow-origin'
      ];
    expect(await from('http://localhost:6006')).toBe('http://localhost:6006');
    expect(await from(mock.url)).toBe(mock.url);
    expect(await from('https://evil.example')).toBeUndefined();
    expect(
      (await raw('OPTIONS', '/api/ai-actions', { headers: { origin: 'https://evil.example' } }))
        .status,
    ).toBe(403);
  });
});

describe('under load', () => {
  it(
    'charges 1,000 parallel spends exactly: 100 charged, 900 skipped, one switch, never below 0',
    async () => {
      await reset('onboarded');
      await api('/api/agent/activation-mode', { method: 'PUT', json: { mode: 'all_pending' } });
      const outcomes = await Promise.all(
        Array.from({ length: 1_000 }, async (_, i) => {
          const response = await api('/api/ai-actions', {
            method: 'POST',
            json: { kind: 'dm_reply', idempotencyKey: `parallel-${i}` },
          });
          const body = (await response.json()) as { outcome: string; balance: number };
          expect(body.balance).toBeGreaterThanOrEqual(0);
          return body.outcome;
        }),
      );
      expect(outcomes.filter((o) => o === 'charged')).toHaveLength(100);
      expect(outcomes.filter((o) => o === 'skipped')).toHaveLength(900);
      expect(v.parse(creditsSchema, await (await api('/api/credits')).json())).toMatchObject({
        balance: 0,
        spent: 100,
      });
      const switches = v
        .parse(
          ledgerPageSchema,
          await (await api('/api/credits/ledger?type=mode_changed&limit=500')).json(),
        )
        .entries.filter((entry) => entry.type === 'mode_changed' && entry.by === 'system');
      expect(switches).toHaveLength(1);
    },
    LONG,
  );

  it(
    'releases every live-event subscriber: 2,000 open/close cycles with spends between, and bounded memory',
    async () => {
      await reset('onboarded');
      let received = 0;
      let rssBefore = 0;
      for (let batch = 0; batch < 40; batch++) {
        // The first batches warm up (JIT, sockets, pools); memory is counted from there on.
        if (batch === 5) rssBefore = settledRss();
        const readers = await Promise.all(Array.from({ length: 50 }, () => openLiveEvents()));
        await api('/api/ai-actions', {
          method: 'POST',
          json: { kind: 'dm_reply', idempotencyKey: `live-${batch}` },
        });
        for (const reader of readers) {
          received += reader.events();
          reader.close();
        }
      }
      expect(received).toBeGreaterThanOrEqual(2_000 * 2);
      await vi.waitFor(() => expect(mock.liveSubscribers()).toBe(0), { timeout: 10_000 });
      const growthMb = (settledRss() - rssBefore) / 1024 / 1024;
      console.info(
        `abuse: 2,000 live-event cycles, RSS growth ${growthMb.toFixed(1)} MB, ${mock.liveSubscribers()} subscribers left`,
      );
      expect(growthMb).toBeLessThan(64);
    },
    LONG,
  );

  it(
    'never subscribes a reader that left during injected latency',
    async () => {
      await reset('new-free');
      await api('/api/qa/faults', { method: 'PUT', json: { latencyMs: 200 } });
      for (let i = 0; i < 20; i++) {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          path: '/api/events',
          headers: { accept: 'text/event-stream' },
          agent: false,
        });
        req.on('error', () => undefined);
        req.end(() => req.destroy());
      }
      // Sent after the readers left, with the same latency: once it is answered, their handlers
      // have run too, and whatever they did must come to no subscriber at all.
      expect((await api('/api/credits')).status).toBe(200);
      await vi.waitFor(() => expect(mock.liveSubscribers()).toBe(0));
      await api('/api/qa/faults', { method: 'PUT', json: {} });
    },
    LONG,
  );

  it('drops a live stream cut by QA and one whose reader went away, and still serves new ones', async () => {
    await reset('new-free');
    const reader = await openLiveEvents();
    expect(mock.liveSubscribers()).toBe(1);
    await api('/api/qa/faults', { method: 'PUT', json: { routes: { events: 'error_503' } } });
    await vi.waitFor(() => expect(mock.liveSubscribers()).toBe(0));
    reader.close();
    await api('/api/qa/faults', { method: 'PUT', json: {} });
    const again = await openLiveEvents();
    expect(again.events()).toBeGreaterThanOrEqual(2);
    expect(mock.liveSubscribers()).toBe(1);
    again.close();
    await vi.waitFor(() => expect(mock.liveSubscribers()).toBe(0));
  });

  it('stayed quiet: no log line, warning or error for any of it', () => {
    expect(logged).toEqual([]);
    expect(console.log).not.toHaveBeenCalled();
    expect(console.warn).not.toHaveBeenCalled();
    expect(console.error).not.toHaveBeenCalled();
  });

  it('logs each request with --verbose', async () => {
    const lines: string[] = [];
    const verbose = await startMockHttpServer({
      port: 0,
      verbose: true,
      log: (line) => lines.push(line),
    });
    await fetch(`${verbose.url}/api/credits`);
    await verbose.close();
    expect(lines).toEqual(['GET /api/credits -> 200']);
  });
});
