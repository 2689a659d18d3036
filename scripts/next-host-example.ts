/**
 * The package in a Next.js App Router host, rendered on the server (issue 24).
 *
 *   node scripts/next-host-example.ts build   install the packed tarball into examples/next-host
 *                                             (packing it first, with scripts/host-example.ts
 *                                             prepare, if there is none) and `next build` it,
 *                                             printing how long each took
 *   node scripts/next-host-example.ts serve --port N --api URL [--token T]
 *                                             build, then `next start` on 127.0.0.1:N, rendering
 *                                             every page with the credit API at URL and
 *                                             `Authorization: Bearer T` on every request
 *
 * The pages are dynamic: the API's address and token are read when a page is rendered, so one
 * build serves any API. Next's telemetry is off; the build reaches no network.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareHost } from './host-example.ts';
import { toolsEnv } from './tools-env.ts';

const root = join(import.meta.dirname, '..');
const nextHostDir = join(root, 'examples', 'next-host');
/** The path examples/next-host/package.json installs from, made by `prepareHost()`. */
const TARBALL = join(root, 'reports', 'package', 'inro-ai-credits.tgz');
const next = join(nextHostDir, 'node_modules', '.bin', 'next');

function nextEnv(extra: Record<string, string> = {}) {
  return toolsEnv({ NEXT_TELEMETRY_DISABLED: '1', ...extra });
}

/** Runs a command in the example and returns the seconds it took. */
function timed(command: string, args: string[], env = nextEnv()): number {
  console.log(`> ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: nextHostDir, env, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${child.status}).`);
  return (performance.now() - started) / 1000;
}

export function tarballExists(): boolean {
  return existsSync(TARBALL);
}

/** Installs the current tarball (never an older copy of it) and builds the app for `next start`. */
export async function buildNextHost(): Promise<{ installSeconds: number; buildSeconds: number }> {
  if (!tarballExists()) await prepareHost();
  // Never the copy installed from an older tarball (as scripts/host-example.ts does too).
  rmSync(join(nextHostDir, 'node_modules', 'inro-ai-credits'), { recursive: true, force: true });
  const installSeconds = timed('npm', [
    'install',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--loglevel=error',
  ]);
  // Type-checks the app against the package's declarations too (tsconfig.json, skipLibCheck off).
  const buildSeconds = timed(next, ['build']);
  console.log(
    `next-host: install ${installSeconds.toFixed(1)} s, build ${buildSeconds.toFixed(1)} s`,
  );
  return { installSeconds, buildSeconds };
}

/** `next start` on the built app at 127.0.0.1:`port`, rendering with the credit API at `api`. */
export function startNextHost(port: number, api: string, token?: string): ChildProcess {
  const env = nextEnv({ CREDITS_API_URL: api, ...(token ? { CREDITS_API_TOKEN: token } : {}) });
  return spawn(next, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: nextHostDir,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function serve(port: number, api: string, token?: string): Promise<void> {
  await buildNextHost();
  const server = startNextHost(port, api, token);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => server.kill(signal));
  const [code] = (await once(server, 'exit')) as [number | null];
  process.exitCode = code ?? 1;
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4240' },
      api: { type: 'string', default: '' },
      token: { type: 'string' },
    },
  });
  try {
    if (positionals[0] === 'build') await buildNextHost();
    else if (positionals[0] === 'serve' && values.api)
      await serve(Number(values.port), values.api, values.token);
    else
      throw new Error(
        'Usage: node scripts/next-host-example.ts build | serve --port N --api URL [--token T]',
      );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
