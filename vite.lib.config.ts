import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** `react`, `msw/browser`, `@tanstack/react-query`: a package's, not one of our `@/` modules. */
export const isPackageImport = (id: string) => /^[^./\0]/.test(id) && !id.startsWith('@/');

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** The entries a server may import (no React component or hook in anything they load). */
const SERVER_SAFE_ENTRIES = ['server', 'mock'];

/**
 * `'use client'` atop every built file but those a server-safe entry loads: a server-rendering
 * host (Next.js App Router) then takes the components, hooks and provider as client code, and
 * `inro-ai-credits/server` stays importable from a server component. Added after bundling, since
 * a bundler drops a module-level directive when it merges modules into a chunk; the source map
 * gets the extra line too.
 */
export function useClientBoundaries(serverSafe: readonly string[] = SERVER_SAFE_ENTRIES): Plugin {
  return {
    name: 'use-client-boundaries',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const reached = new Set<string>();
      const visit = (file: string) => {
        if (reached.has(file)) return;
        reached.add(file);
        for (const next of byFile.get(file)?.imports ?? []) visit(next);
      };
      for (const chunk of chunks)
        if (chunk.isEntry && serverSafe.includes(chunk.name)) visit(chunk.fileName);
      for (const chunk of chunks) {
        if (reached.has(chunk.fileName)) continue;
        chunk.code = `'use client';\n${chunk.code}`;
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}

/**
 * The JavaScript and the stylesheet of the package, in dist-lib/ (`npm run build:lib` adds the
 * type declarations: scripts/build-lib.ts). Entries: `inro-ai-credits` (provider, components,
 * hooks, contract types), `inro-ai-credits/server` (the server's fetch, no React),
 * `inro-ai-credits/mock` (the mock backend) and `inro-ai-credits/mock/browser`. Every package import stays
 * an import: react, react-dom and React Query are the host's (peer dependencies), the rest are the
 * package's own dependencies, so the host's bundler shares and dedupes them.
 */
export default defineConfig({
  plugins: [react(), useClientBoundaries()],
  resolve: { alias: { '@': src('') } },
  // The app's public/ (favicon, the mock's worker) is the app's, not the package's.
  publicDir: false,
  build: {
    target: 'es2023',
    outDir: 'dist-lib',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    // One stylesheet for the host to import, tokens first: `inro-ai-credits/styles.css`.
    cssCodeSplit: false,
    lib: {
      entry: {
        index: src('index.ts'),
        mock: src('mock.ts'),
        'mock-browser': src('mock-browser.ts'),
        server: src('server.ts'),
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: { external: isPackageImport },
  },
});
