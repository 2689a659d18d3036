/**
 * `GET /api/openapi.json` on the HTTP mock: the committed docs/openapi.json, byte for byte, under
 * the same rules as the API's GET routes (HEAD, CORS for allowed pages only, 403 for others).
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '@/contract/schemas';
import { startMockHttpServer, type MockHttpServer } from './mock-http-server.ts';

const committed = readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8');
let mock: MockHttpServer;

beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0, log: () => undefined });
});

afterAll(() => mock.close());

const get = (path: string, init?: RequestInit) => fetch(`${mock.url}${path}`, init);

async function errorCode(response: Response) {
  return v.parse(apiErrorSchema, await response.json()).error.code;
}

describe('GET /api/openapi.json', () => {
  it('answers the committed document as application/json', async () => {
    const response = await get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toBe(committed);
  });

  it('answers HEAD with the same headers and no body', async () => {
    const response = await get('/api/openapi.json', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(committed)));
    expect(await response.text()).toBe('');
  });

  it('ignores a query string', async () => {
    expect(await (await get('/api/openapi.json?v=1')).text()).toBe(committed);
  });

  it('is read-only: 405 with Allow for a write', async () => {
    const response = await get('/api/openapi.json', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await errorCode(response)).toBe('method_not_allowed');
  });

  it('lets pages on localhost read it, and refuses pages from another site', async () => {
    const local = await get('/api/openapi.json', { headers: { origin: 'http://localhost:6006' } });
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    const evil = await get('/api/openapi.json', { headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(await errorCode(evil)).toBe('origin_not_allowed');
  });

  it('claims that path alone: its neighbours are still unknown routes', async () => {
    for (const path of ['/api/openapi.json/x', '/api/openapi.yaml', '/api/openapi']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await errorCode(response)).toBe('not_found');
    }
  });
});
