/**
 * The mock credit backend over real HTTP: the very handlers the service worker runs, answered by
 * a Node server through MSW's `getResponse`, so the production build (or any HTTP client) can use
 * it exactly like a real API. Optionally serves a built app from the same origin, under a strict
 * Content-Security-Policy. Loaded through Vite's module runner (scripts/mock-server.ts), which
 * resolves the `@/` imports. It answers every request, however malformed, and never exits on one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { MAX_BODY_BYTES } from '@/contract/bodies';
import { OPENAPI_PATH, openApiJson } from '@/contract/openapi';
import type { ScenarioName } from '@/contract/qa';
import { isAllowedOrigin } from '@/mocks/http-utils';
import { createMemoryBackend } from '@/mocks/memory-backend';

export interface MockHttpServerOptions {
  port?: number;
  host?: string;
  scenario?: ScenarioName;
  /** A built app to serve from the same origin (index.html for every path that is not a file). */
  staticDir?: string;
  /** Page origins, besides its own and localhost, allowed to call the API (CORS and CSRF rule). */
  allowedOrigins?: readonly string[];
  /**
   * A bearer token every /api/ request must carry (`Authorization: Bearer TOKEN`), the live stream
   * included, as a real API behind auth does: 401 without it. Off by default.
   */
  requireToken?: string;
  /** One line per request and per closed live stream; off by default (a session logs megabytes). */
  verbose?: boolean;
  log?: (line: string) => void;
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

/** Methods a `Request` can carry; anything else (TRACE, CONNECT, made-up ones) is answered 405 here. */
const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** A body past the API's limit is still read and thrown away up to this size, to keep the connection. */
const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;

function jsonReply(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  if (res.headersSent || res.destroyed) return void res.destroy();
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * The whole request body, read to its end even when it is too large (the rest is thrown away),
 * so the keep-alive connection stays usable: `too_large` past MAX_BODY_BYTES, `drain_limit` when
 * it is not worth reading further (the connection is then closed), `aborted` when the client left.
 */
function readBody(req: IncomingMessage): Promise<Buffer | 'too_large' | 'drain_limit' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > DRAIN_LIMIT_BYTES) {
        req.removeAllListeners('data');
        resolve('drain_limit');
      }
    });
    // A body cut short is never acted on, even when what did arrive happens to parse.
    const done = () =>
      resolve(
        !req.complete ? 'aborted' : size > MAX_BODY_BYTES ? 'too_large' : Buffer.concat(chunks),
      );
    req.on('end', done);
    req.on('close', done);
    req.on('error', done);
  });
}

function toRequest(
  req: IncomingMessage,
  origin: string,
  body: Buffer,
  signal: AbortSignal,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  // Only the path and query count: an absolute-form target must not choose the origin.
  const target = new URL(req.url ?? '/', origin);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && body.length > 0;
  return new Request(new URL(`${target.pathname}${target.search}`, origin), {
    method: req.method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
    signal,
  });
}

/** Streams a response out, and stops (cancelling its body) the moment the reader goes away. */
async function send(req: IncomingMessage, res: ServerResponse, response: Response) {
  // `HttpResponse.error()`: a network error, as a real server that drops the connection.
  if (response.type === 'error') return void res.destroy();
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!response.body || req.method === 'HEAD') {
    await response.body?.cancel();
    return void res.end();
  }
  if (/^application\/json\b/.test(response.headers.get('content-type') ?? '')) {
    return sendJson(res, response, String(req.headers['accept-encoding'] ?? ''));
  }
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => undefined);
  res.once('close', stop);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch {
    // The stream failed mid-way (a QA-cut live stream): cut the connection as a real one would.
    res.destroy();
  } finally {
    res.off('close', stop);
    stop();
  }
}

/**
 * A JSON answer, compressed when the client takes it, as an API behind any gateway or CDN is:
 * 12.6 KB of ledger goes over the wire as about 1.5 KB. Without this, the bench's simulated phone
 * spent its bandwidth on bytes no real deployment sends.
 */
async function sendJson(res: ServerResponse, response: Response, acceptEncoding: string) {
  let raw: Buffer;
  try {
    raw = Buffer.from(await response.arrayBuffer());
  } catch {
    return void res.destroy();
  }
  res.setHeader('vary', 'accept-encoding');
  const encoding = raw.length < MIN_COMPRESSED_BYTES ? undefined : encodingFor(acceptEncoding);
  if (!encoding) return void res.end(raw);
  const body =
    encoding === 'br'
      ? // A fast level, as for a dynamic answer: quality 11 is for files compressed once.
        brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } })
      : gzipSync(raw);
  res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', body.length);
  res.end(body);
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Compressed once per file and encoding, as a CDN would serve a static build. */
const compressed = new Map<string, Buffer>();

/** Below this, compressing saves less than it costs (the usual CDN threshold). */
const MIN_COMPRESSED_BYTES = 1024;

function encodingFor(acceptEncoding: string): 'br' | 'gzip' | undefined {
  return /\bbr\b/.test(acceptEncoding)
    ? 'br'
    : /\bgzip\b/.test(acceptEncoding)
      ? 'gzip'
      : undefined;
}

function encodeFor(file: string, acceptEncoding: string): { body: Buffer; encoding?: string } {
  const raw = readFileSync(file);
  const type = TYPES[extname(file)] ?? '';
  if (!/text|javascript|json|svg/.test(type) || raw.length < MIN_COMPRESSED_BYTES)
    return { body: raw };
  const encoding = encodingFor(acceptEncoding);
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
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return jsonReply(
      res,
      405,
      'method_not_allowed',
      `${req.method} is not allowed here; use GET or HEAD.`,
      {
        allow: 'GET, HEAD',
      },
    );
  }
  const root = resolve(staticDir);
  let path: string;
  try {
    path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  } catch {
    return jsonReply(res, 400, 'bad_request', 'The path is not a valid percent-encoded URI.');
  }
  let file = join(root, path);
  // A folder is served by its own index.html when it has one (a route's page: see vite.config.ts),
  // as any static host does; every other path gets the app's index.html.
  if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory())
    file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) file = join(root, 'index.html');
  if (!existsSync(file))
    return jsonReply(res, 404, 'not_found', 'No such file, and no index.html.');
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

export interface MockHttpServer {
  server: Server;
  url: string;
  /** Live-event subscribers now: 0 once every stream has closed, however it closed. */
  liveSubscribers: () => number;
  close: () => Promise<void>;
}

export async function startMockHttpServer({
  port = 8787,
  host = '127.0.0.1',
  scenario = 'new-free',
  staticDir,
  allowedOrigins = [],
  requireToken,
  verbose = false,
  log = console.log,
}: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const { db, handlers } = createMemoryBackend(scenario, { allowedOrigins });
  // Compress the whole build up front, as a CDN would have it ready: no first-request penalty.
  if (staticDir) {
    for (const entry of readdirSync(staticDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      for (const encoding of ['br', 'gzip'])
        encodeFor(join(entry.parentPath, entry.name), encoding);
    }
  }
  let origin = `http://${host}:${port}`;
  const openApi = Buffer.from(openApiJson());

  /** CORS for allowed pages only: the Origin echoed back, never `*`. */
  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const from = req.headers.origin;
    if (from === undefined || !isAllowedOrigin(from, origin, allowedOrigins)) return {};
    return { 'access-control-allow-origin': from, vary: 'origin' };
  }

  /**
   * docs/openapi.json, for code generators and contract tests pointed at the mock. Read-only and
   * admitted like any GET route of the API: its own origin, localhost and --allow-origin only.
   */
  function answerOpenApi(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return jsonReply(
        res,
        405,
        'method_not_allowed',
        `${req.method} is not allowed on ${OPENAPI_PATH}; use GET, HEAD.`,
        { allow: 'GET, HEAD' },
      );
    }
    const from = req.headers.origin;
    if (from !== undefined && !isAllowedOrigin(from, origin, allowedOrigins)) {
      return jsonReply(res, 403, 'origin_not_allowed', `Pages from ${from} may not call this API.`);
    }
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': openApi.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : openApi);
  }

  async function answerApi(req: IncomingMessage, res: ServerResponse) {
    const read = await readBody(req);
    // A body on GET or HEAD means nothing: it is read to its end and ignored.
    const body =
      (req.method === 'GET' || req.method === 'HEAD') && read === 'too_large'
        ? Buffer.alloc(0)
        : read;
    if (body === 'aborted') return void res.destroy();
    if (body === 'drain_limit' || body === 'too_large') {
      return jsonReply(
        res,
        413,
        'payload_too_large',
        `The request body is larger than ${MAX_BODY_BYTES} bytes, the most this API reads.`,
        body === 'drain_limit' ? { connection: 'close' } : {},
      );
    }
    if (!API_METHODS.has(req.method ?? '')) {
      return jsonReply(
        res,
        405,
        'method_not_allowed',
        `${req.method} is not allowed on this API; use GET, HEAD, POST or PUT as each route says.`,
        { allow: 'GET, HEAD, POST, PUT, OPTIONS' },
      );
    }
    if ((req.url ?? '/').split('?')[0] === OPENAPI_PATH) return answerOpenApi(req, res);
    if (requireToken !== undefined && req.headers.authorization !== `Bearer ${requireToken}`) {
      return jsonReply(
        res,
        401,
        'unauthorized',
        req.headers.authorization === undefined
          ? 'This API needs an "Authorization: Bearer <token>" header.'
          : 'The token in the Authorization header is not valid for this API.',
        { 'www-authenticate': 'Bearer' },
      );
    }
    const aborted = new AbortController();
    res.once('close', () => aborted.abort());
    let request: Request;
    try {
      request = toRequest(req, origin, body, aborted.signal);
    } catch (error) {
      return jsonReply(res, 400, 'bad_request', `The request cannot be read: ${String(error)}`);
    }
    const response = await getResponse(handlers, request);
    await send(
      req,
      res,
      response ??
        Response.json({ error: { code: 'not_found', message: 'No such route.' } }, { status: 404 }),
    );
  }

  async function answer(req: IncomingMessage, res: ServerResponse) {
    for (const [name, value] of Object.entries(corsHeaders(req))) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (req.method === 'OPTIONS') {
      req.resume();
      if (!('access-control-allow-origin' in corsHeaders(req)) && req.headers.origin) {
        return jsonReply(
          res,
          403,
          'origin_not_allowed',
          `Pages from ${req.headers.origin} may not call this API.`,
        );
      }
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, HEAD, POST, PUT, OPTIONS',
        // What the app sends: its JSON, the host's auth, and the live stream's resume point.
        'access-control-allow-headers': 'content-type, accept, authorization, last-event-id',
        'access-control-max-age': '600',
      });
      return res.end();
    }
    if (url.startsWith('/api/')) return answerApi(req, res);
    req.resume();
    if (staticDir) return serveStatic(staticDir, req, res);
    jsonReply(res, 404, 'not_found', 'The mock server serves /api/ only.');
  }

  const server = createServer((req, res) => {
    // A reader that went away mid-write is not a failure of ours.
    res.on('error', () => undefined);
    if (verbose) {
      const live = req.headers.accept?.includes('text/event-stream');
      res.once('finish', () => log(`${req.method} ${req.url} -> ${res.statusCode}`));
      if (live) res.once('close', () => log(`live events closed (${db.listenerCount()} open)`));
    }
    // Every request is answered, however malformed: nothing it carries may end the process.
    answer(req, res).catch((error: unknown) => {
      if (verbose) log(`${req.method} ${req.url} failed: ${String(error)}`);
      jsonReply(res, 500, 'mock_server_error', `The mock server failed: ${String(error)}`);
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      // Once listening, a server error (out of file descriptors, say) costs a connection, not the process.
      server.on('error', (error) => log(`Mock server error (still running): ${String(error)}`));
      done();
    });
  });
  const address = server.address();
  if (address && typeof address === 'object') origin = `http://${host}:${address.port}`;
  return {
    server,
    url: origin,
    liveSubscribers: () => db.listenerCount(),
    close: () =>
      new Promise<void>((done) => {
        db.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
