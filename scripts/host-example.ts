/**
 * The package as a host app gets it (issue 14).
 *
 *   node scripts/host-example.ts prepare      build + pack the package, check it with publint,
 *                                             arethetypeswrong and `npm publish --dry-run`, check
 *                                             its public types against api-report/, install the
 *                                             tarball into examples/host and typecheck the host
 *                                             against it
 *   node scripts/host-example.ts serve --port N --api URL [--token T]
 *                                             build the host (preparing first if it has no package
 *                                             yet) and serve it, talking to the credit API at URL
 *                                             with `Authorization: Bearer T` on every request
 *
 * The host installs the tarball `npm pack` makes, never the sources: what it can import is what
 * the package's `exports` and `files` ship.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { checkApiReports } from './api-report.ts';
import { toolsEnv } from './tools-env.ts';

const root = join(import.meta.dirname, '..');
const hostDir = join(root, 'examples', 'host');
const packDir = join(root, 'reports', 'package');
/** The path examples/host/package.json installs from. */
const TARBALL = join(packDir, 'inro-ai-credits.tgz');
const env = toolsEnv();

function run(command: string, args: string[], cwd = root, runEnv = env): void {
  console.log(`> ${[command, ...args].join(' ')}`);
  const child = spawnSync(command, args, { cwd, env: runEnv, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${child.status}).`);
}

/**
 * `npm publish --dry-run` of the package as it stands (the pack before it built dist-lib, hence no
 * scripts): any warning fails, e.g. npm correcting package.json. A dry run sends nothing; this one
 * also talks to no registry but a closed port here (npm still asks it for the published versions,
 * and with no answer assumes none), with a token for it so that npm does not warn that nobody is
 * logged in.
 */
function publishDryRun(): void {
  const registry = '127.0.0.1:9/';
  const npmrc = join(packDir, 'dry-run.npmrc');
  writeFileSync(npmrc, `//${registry}:_authToken=dry-run\n`);
  const args = [
    'publish',
    '--dry-run',
    '--ignore-scripts',
    `--registry=http://${registry}`,
    `--userconfig=${npmrc}`,
    '--fetch-retries=0',
    '--fetch-timeout=5000',
    '--no-update-notifier',
  ];
  console.log(`> npm ${args.join(' ')}`);
  const publish = spawnSync('npm', args, { cwd: root, env, encoding: 'utf8' });
  const warnings = publish.stderr.split('\n').filter((line) => /^npm (warn|error)/.test(line));
  if (publish.status !== 0 || warnings.length) {
    console.error(warnings.join('\n') || publish.stderr);
    throw new Error('npm publish --dry-run is not clean.');
  }
  console.log(`npm publish --dry-run: no warnings (${publish.stdout.trim()})`);
}

export function hostIsPrepared(): boolean {
  return existsSync(join(hostDir, 'node_modules', 'inro-ai-credits', 'package.json'));
}

export async function prepareHost(): Promise<void> {
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  // `prepack` builds dist-lib first (npm run build:lib).
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (pack.status !== 0) throw new Error('npm pack failed.');
  const [{ filename }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as [
    { filename: string },
  ];
  renameSync(join(packDir, filename), TARBALL);

  const lint = await publint({
    pkgDir: 'package',
    pack: { tarball: new Uint8Array(readFileSync(TARBALL)).buffer },
    strict: true,
    level: 'suggestion',
  });
  for (const message of lint.messages)
    console.error(`publint ${message.type}: ${formatMessage(message, lint.pkg)}`);
  if (lint.messages.length) throw new Error(`publint found ${lint.messages.length} problem(s).`);
  console.log('publint: no problems');

  // An ESM-only package for bundlers and Node's ESM; the stylesheet has no types to check.
  run('attw', [
    TARBALL,
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    'styles.css',
    'openapi.json',
  ]);
  publishDryRun();
  if (checkApiReports()) throw new Error('The public types differ from api-report/ (see above).');

  rmSync(join(hostDir, 'node_modules', 'inro-ai-credits'), { recursive: true, force: true });
  run(
    'npm',
    [
      'install',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
    ],
    hostDir,
  );
  // The declarations as a host's compiler reads them, with its own strict settings.
  run('tsc', ['-p', join(hostDir, 'tsconfig.json')]);
}

async function serve(port: string, api: string, token: string | undefined): Promise<void> {
  if (!hostIsPrepared()) await prepareHost();
  const outDir = join(root, 'reports', 'host-dist');
  const viteEnv = toolsEnv({
    VITE_CREDITS_API_URL: api,
    ...(token ? { VITE_CREDITS_API_TOKEN: token } : {}),
  });
  const config = join(hostDir, 'vite.config.ts');
  run(
    'vite',
    ['build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    hostDir,
    viteEnv,
  );
  const preview = spawnSync(
    'vite',
    [
      'preview',
      '--config',
      config,
      '--outDir',
      outDir,
      '--port',
      port,
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: hostDir, env: viteEnv, stdio: 'inherit' },
  );
  process.exitCode = preview.status ?? 1;
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4230' },
      api: { type: 'string', default: '' },
      token: { type: 'string' },
    },
  });
  try {
    if (positionals[0] === 'prepare') await prepareHost();
    else if (positionals[0] === 'serve') await serve(values.port, values.api, values.token);
    else
      throw new Error(
        'Usage: node scripts/host-example.ts prepare | serve --port N --api URL [--token T]',
      );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
