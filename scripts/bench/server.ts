/**
 * Starts `scripts/mock-server.ts` (the HTTP mock backend, optionally serving a build) for the
 * bench, and the Next.js host of examples/next-host.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { buildNextHost, startNextHost } from '../next-host-example.ts';

const root = join(import.meta.dirname, '..', '..');

export interface RunningServer {
  url: string;
  stop: () => void;
}

export async function startServer({
  port,
  scenario = 'low',
  staticDir,
}: {
  port: number;
  scenario?: string;
  staticDir?: string;
}): Promise<RunningServer> {
  const args = [
    '--experimental-eventsource',
    'scripts/mock-server.ts',
    '--port',
    String(port),
    '--scenario',
    scenario,
  ];
  if (staticDir) args.push('--static', staticDir);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await answering(`${url}/api/qa/state`, child, 'The mock server');
  return { url, stop: () => child.kill() };
}

/** Resolves once `url` answers with a success; stops `child` and throws after 60 s. */
async function answering(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill();
  throw new Error(`${what} did not start on ${url} within 60 s.`);
}

/**
 * examples/next-host, built on the packed tarball (`next build`) and served by `next start`: its
 * pages rendered on the server with the credits from the API at `api`.
 */
export async function startNextHostServer({
  port,
  api,
}: {
  port: number;
  api: string;
}): Promise<RunningServer> {
  await buildNextHost();
  const child = startNextHost(port, api);
  const url = `http://127.0.0.1:${port}`;
  await answering(`${url}/`, child, 'The Next.js host');
  return { url, stop: () => child.kill() };
}

export async function api<T = unknown>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
