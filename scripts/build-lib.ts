/**
 * `npm run build:lib`: the component set as the package `npm pack` ships, in dist-lib/:
 * - index.js, server.js, mock.js, mock-browser.js (+ shared chunks): ESM, every package import left
 *   to the host's bundler; every file but those server.js and mock.js load starts with 'use client';
 * - styles.css: the tokens and every component's styles, in one file;
 * - index.d.ts, server.d.ts, mock.d.ts, mock-browser.d.ts: the declarations, bundled per entry so no `@/` path leaks out.
 * Vite builds the first two. Declarations come from rolldown-plugin-dts (the TypeScript compiler)
 * in a build of their own: as a plugin inside Vite's build, Vite's alias step resolves the
 * declarations' `@/` imports to the sources and the plugin then finds no exports in them.
 * rolldown-plugin-dts is held at 0.26 (Babel, plain JavaScript): 0.27 and later depend on native
 * parser builds of which the registry serves only some platforms, so `npm ci` fails on the lock.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as rolldown } from 'rolldown';
import { dts } from 'rolldown-plugin-dts';
import { build as vite } from 'vite';
import { isPackageImport } from '../vite.lib.config.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'dist-lib');

// The package is always the production build, whoever runs this: started from a test (whose
// NODE_ENV is `test`), Vite's React plugin compiled JSX to `jsxDEV`, which a host's production
// React does not have (a Next.js host failed with "jsxDEV is not a function").
process.env.NODE_ENV = 'production';

await vite({ root, configFile: join(root, 'vite.lib.config.ts'), logLevel: 'warn' });
await rolldown({
  cwd: root,
  input: {
    index: './src/index.ts',
    mock: './src/mock.ts',
    'mock-browser': './src/mock-browser.ts',
    server: './src/server.ts',
  },
  plugins: [dts({ cwd: root, tsconfig: 'tsconfig.app.json', emitDtsOnly: true })],
  // The stylesheets are Vite's business; declarations never import them.
  external: (id) => isPackageImport(id) || id.endsWith('.css'),
  tsconfig: join(root, 'tsconfig.app.json'),
  logLevel: 'warn',
  checks: { pluginTimings: false },
  output: { dir: outDir, format: 'es' },
});
// The compiler names the types of React Query's options by the package that declares them,
// @tanstack/query-core, which a host has only as React Query's own dependency (a pnpm or linked
// install does not resolve it from here). React Query re-exports every one of them.
for (const file of readdirSync(outDir).filter((name) => name.endsWith('.d.ts'))) {
  const path = join(outDir, file);
  const text = readFileSync(path, 'utf8');
  const fixed = text.replaceAll('"@tanstack/query-core"', '"@tanstack/react-query"');
  if (fixed !== text) writeFileSync(path, fixed);
}
console.log(`Built the package in ${outDir}`);
