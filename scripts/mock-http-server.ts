/**
 * The mock credit backend over real HTTP: the very handlers the service worker runs, answered by
 * a Node server through MSW's `getResponse`, so the production build (or any HTTP client) can use
 * it exactly like a real API. Optionally serves a built app from the same origin, under a strict
 * Content-Security-Policy. Loaded through Vite's module runner (scripts/mock-server.ts), which
 * resolves the `@/` imports; Node needs --experimental-eventsource for the live events route.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import type { ScenarioName } from '@/contract/qa';
import { createMemoryBackend } from '@/mocks/memory-backend';

export interface MockHttpServerOptions {
  port?: number;
  host?: string;
  scenario?: ScenarioName;
  /** A built app to serve from the same origin (index.html for every path that is not a file). */
  staticDir?: string;
}

/**
 * The policy the production build must work under: no inline scripts, no eval, nothing from
 * another origin. `style-src 'unsafe-inline'` is for style attributes React and Radix set.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const controller = new AbortController();
  req.on('close', () => controller.abort());
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    signal: controller.signal,
    // @ts-expect-error Node's fetch needs this for a streamed request body.
    duplex: 'half',
  });
}

function send(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.setHeader('access-control-allow-origin', '*');
  if (!response.body) return res.end();
  // Stream it (the live events route never ends), and stop when the client goes away.
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  res.on('close', () => body.destroy());
  body.pipe(res);
}

/** Compressed once per file and encoding, as a CDN would serve a static build. */
const compressed = new Map<string, Buffer>();

function encodeFor(file: string, acceptEncoding: string): { body: Buffer; encoding?: string } {
  const raw = readFileSync(file);
  const type = TYPES[extname(file)] ?? '';
  if (!/text|javascript|json|svg/.test(type) || raw.length < 1024) return { body: raw };
  const encoding = /\bbr\b/.test(acceptEncoding)
    ? 'br'
    : /\bgzip\b/.test(acceptEncoding)
      ? 'gzip'
      : undefined;
  if (!encoding) return { body: raw };
  const key = `${encoding}:${file}`;
  let body = compressed.get(key);
  if (!body) {
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return { body, encoding };
}

function serveStatic(staticDir: string, req: IncomingMessage, res: ServerResponse) {
  const root = resolve(staticDir);
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  let file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
    file = join(root, 'index.html');
  const immutable = file.startsWith(join(root, 'assets'));
  const { body, encoding } = encodeFor(file, String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': body.length,
    ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  });
  res.end(body);
}

export async function startMockHttpServer({
  port = 8787,
  host = '127.0.0.1',
  scenario = 'new-free',
  staticDir,
}: MockHttpServerOptions = {}): Promise<{
  server: Server;
  url: string;
  close: () => Promise<void>;
}> {
  const { db, handlers } = createMemoryBackend(scenario);
  // Compress the whole build up front, as a CDN would have it ready: no first-request penalty.
  if (staticDir) {
    for (const entry of readdirSync(staticDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      for (const encoding of ['br', 'gzip'])
        encodeFor(join(entry.parentPath, entry.name), encoding);
    }
  }
  let origin = `http://${host}:${port}`;

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
        'access-control-allow-headers': 'content-type, accept',
      });
      return res.end();
    }
    if (url.startsWith('/api/')) {
      getResponse(handlers, toRequest(req, origin))
        .then((response) =>
          send(
            res,
            response ??
              Response.json(
                { error: { code: 'not_found', message: 'No such route.' } },
                { status: 404 },
              ),
          ),
        )
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'mock_server_error', message: String(error) } }));
        });
      return;
    }
    if (staticDir) return serveStatic(staticDir, req, res);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        error: { code: 'not_found', message: 'The mock server serves /api/ only.' },
      }),
    );
  });

  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address();
  if (address && typeof address === 'object') origin = `http://${host}:${address.port}`;
  return {
    server,
    url: origin,
    close: () =>
      new Promise<void>((done) => {
        db.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
