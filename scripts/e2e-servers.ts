/**
 * `node scripts/e2e-servers.ts --port P`: every server the Playwright suite drives, started at once
 * instead of one after another (playwright.config.ts has one web server entry for them all):
 *
 *   P        the demo build (the production bundle with the mock inside), by `vite preview`
 *   P + 10   the production build, on the mock backend over HTTP (`npm run mock-server`)
 *   P + 20   the demo build again, under the production Content-Security-Policy
 *   P + 30   the mock backend alone, the credit API of the host app, behind a bearer token
 *   P + 50   examples/host, the packed package in a host app of its own
 *   P + 90   examples/next-host, the packed package in a Next.js host, rendered on the server
 *   P + 100  the mock backend alone, the credit API of the Next.js host, behind a bearer token
 *            (P + 70 and P + 80 are the cross-engine flows', e2e/browsers/ports.ts)
 *
 * The two bundles are built side by side first (the demo build serves two of the servers), the
 * hosts build themselves from the packed tarball meanwhile (made first when missing). When
 * every server answers, a last one on P + 60 says so; Playwright waits for that one. Measured on 2
 * cores: the first test started 25 s after Playwright did with five web server entries.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { toolsEnv } from './tools-env.ts';

const root = join(import.meta.dirname, '..');
const env = toolsEnv();
const children: ChildProcess[] = [];

export interface E2ePorts {
  app: number;
  production: number;
  demoCsp: number;
  hostApi: number;
  host: number;
  ready: number;
  nextHost: number;
  nextHostApi: number;
}

export function e2ePorts(port: number): E2ePorts {
  return {
    app: port,
    production: port + 10,
    demoCsp: port + 20,
    hostApi: port + 30,
    host: port + 50,
    ready: port + 60,
    nextHost: port + 90,
    nextHostApi: port + 100,
  };
}

/** The token the host app's credit API demands, and the host app sends on every request. */
export const HOST_API_TOKEN = 'acme-host-token';
/** The same for the Next.js host, which sends it from its server and from the browser. */
export const NEXT_HOST_API_TOKEN = 'acme-next-host-token';

/** The build folders per port, so suites running side by side do not build into each other's. */
export function e2eOutDir(port: number): string {
  return port === 4173 ? 'dist-e2e' : `dist-e2e-${port}`;
}

function start(command: string, args: string[]): ChildProcess {
  // Their output is kept quiet but their errors reach the suite's output.
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

function finished(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}).`)),
    );
  });
}

/** Resolves once `url` answers with a success, or rejects with what it last saw. */
async function answering(url: string, child: ChildProcess): Promise<void> {
  const stopped: { code?: number } = {};
  child.on('exit', (code) => (stopped.code = code ?? 1));
  for (;;) {
    if (stopped.code !== undefined) {
      throw new Error(`The server for ${url} stopped (exit ${stopped.code}).`);
    }
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(port: number) {
  const ports = e2ePorts(port);
  const outDir = e2eOutDir(port);
  const mockServer = ['--experimental-eventsource', 'scripts/mock-server.ts'];
  const hostApi = `http://127.0.0.1:${ports.hostApi}`;
  const nextHostApi = `http://127.0.0.1:${ports.nextHostApi}`;

  // Both hosts install the tarball: pack it once, before either does. (Imported here, not at the
  // top: playwright.config.ts imports this file for its ports alone.)
  const { hostIsPrepared, prepareHost } = await import('./host-example.ts');
  const { tarballExists } = await import('./next-host-example.ts');
  if (!hostIsPrepared() || !tarballExists()) await prepareHost();
  // The host app builds itself from the installed package, beside the two bundles.
  const host = start('node', [
    'scripts/host-example.ts',
    'serve',
    '--port',
    String(ports.host),
    '--api',
    hostApi,
    '--token',
    HOST_API_TOKEN,
  ]);
  const nextHost = start('node', [
    'scripts/next-host-example.ts',
    'serve',
    '--port',
    String(ports.nextHost),
    '--api',
    nextHostApi,
    '--token',
    NEXT_HOST_API_TOKEN,
  ]);
  const build = (args: string[], what: string) =>
    finished(start('vite', ['build', '--logLevel', 'error', '--emptyOutDir', ...args]), what);
  await Promise.all([
    build(['--mode', 'demo', '--outDir', outDir], 'The demo build'),
    build(['--outDir', `${outDir}-prod`], 'The production build'),
  ]);

  const servers: [string, ChildProcess][] = [
    [
      `http://127.0.0.1:${ports.app}`,
      start('vite', [
        'preview',
        '--outDir',
        outDir,
        '--port',
        String(ports.app),
        '--strictPort',
        '--host',
        '127.0.0.1',
      ]),
    ],
    [
      `http://127.0.0.1:${ports.production}/api/credits`,
      start('node', [
        ...mockServer,
        '--port',
        String(ports.production),
        '--scenario',
        'low',
        '--static',
        `${outDir}-prod`,
      ]),
    ],
    [
      `http://127.0.0.1:${ports.demoCsp}/api/credits`,
      start('node', [...mockServer, '--port', String(ports.demoCsp), '--static', outDir]),
    ],
    [
      // Its contract is public; every route of the API wants the token.
      `${hostApi}/api/openapi.json`,
      start('node', [
        ...mockServer,
        '--port',
        String(ports.hostApi),
        '--scenario',
        'low',
        '--require-token',
        HOST_API_TOKEN,
      ]),
    ],
    [`http://127.0.0.1:${ports.host}`, host],
    [
      `${nextHostApi}/api/openapi.json`,
      start('node', [
        ...mockServer,
        '--port',
        String(ports.nextHostApi),
        '--scenario',
        'low',
        '--require-token',
        NEXT_HOST_API_TOKEN,
      ]),
    ],
    // Its first page, rendered on the server with the credits from its API.
    [`http://127.0.0.1:${ports.nextHost}/`, nextHost],
  ];
  await Promise.all(servers.map(([url, child]) => answering(url, child)));

  createServer((_request, response) => response.end('ready')).listen(ports.ready, '127.0.0.1');
}

function stopAll() {
  for (const child of children) child.kill();
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopAll();
      process.exit(0);
    });
  }
  main(Number(values.port)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    stopAll();
    process.exit(1);
  });
}
