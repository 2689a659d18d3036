/**
 * The built package's client boundaries (vite.lib.config.ts, `useClientBoundaries`): every file
 * with client code starts with 'use client', so a server-rendering host (Next.js App Router) takes
 * the components, hooks and provider as client code; and nothing `inro-ai-credits/server` loads
 * has React code or the directive, so a server component can call it. Reads dist-lib/, built by
 * `npm test`'s package step; built here when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toolsEnv } from './tools-env.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist-lib');
const DIRECTIVE = "'use client';\n";
/** Packages whose import makes a file client code. */
const CLIENT_PACKAGES = /^(react|react-dom|react\/jsx-runtime|zustand|radix-ui)(\/|$)/;

const files = new Map<string, string>();
/** The files and packages each file imports statically. */
const imports = (code: string) =>
  [...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm)].map((match) => match[1]!);

/** A file and everything it loads statically, among the package's own files. */
function loaded(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const target of imports(files.get(entry)!))
    if (target.startsWith('./')) loaded(target.slice(2), seen);
  return seen;
}

beforeAll(() => {
  if (!existsSync(join(dist, 'server.js'))) {
    const build = spawnSync('node', ['scripts/build-lib.ts'], {
      cwd: root,
      env: toolsEnv(),
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('npm run build:lib failed.');
  }
  for (const name of readdirSync(dist))
    if (name.endsWith('.js')) files.set(name, readFileSync(join(dist, name), 'utf8'));
}, 120_000);

describe('the built package', () => {
  it('starts every file with client code with the directive', () => {
    const client = [...files].filter(([, code]) =>
      imports(code).some((id) => CLIENT_PACKAGES.test(id)),
    );
    expect(client.map(([name]) => name)).toContain('index.js');
    for (const [name, code] of client) expect(code.startsWith(DIRECTIVE), name).toBe(true);
    for (const entry of ['index.js', 'mock-browser.js'])
      expect(files.get(entry)!.startsWith(DIRECTIVE), entry).toBe(true);
  });

  it('keeps the server entry, and all it loads, free of React code and of the directive', () => {
    const server = loaded('server.js');
    expect(server.size).toBeGreaterThan(1);
    for (const name of server) {
      const code = files.get(name)!;
      expect(code.startsWith(DIRECTIVE), name).toBe(false);
      expect(
        imports(code).filter((id) => CLIENT_PACKAGES.test(id)),
        name,
      ).toEqual([]);
    }
  });

  it('marks every other file, lazy chunks included, as client code', () => {
    const serverSafe = new Set([...loaded('server.js'), ...loaded('mock.js')]);
    const rest = [...files.keys()].filter((name) => !serverSafe.has(name));
    expect(rest.length).toBeGreaterThan(5);
    for (const name of rest) expect(files.get(name)!.startsWith(DIRECTIVE), name).toBe(true);
  });
});
