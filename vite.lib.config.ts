import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** `react`, `msw/browser`, `@tanstack/react-query`: a package's, not one of our `@/` modules. */
export const isPackageImport = (id: string) => /^[^./\0]/.test(id) && !id.startsWith('@/');

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * The JavaScript and the stylesheet of the package, in dist-lib/ (`npm run build:lib` adds the
 * type declarations: scripts/build-lib.ts). Two entries: `inro-ai-credits` (provider, components,
 * hooks, contract types) and `inro-ai-credits/mock` (the mock backend). Every package import stays
 * an import: react, react-dom and React Query are the host's (peer dependencies), the rest are the
 * package's own dependencies, so the host's bundler shares and dedupes them.
 */
export default defineConfig({
  plugins: [react()],
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
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: { external: isPackageImport },
  },
});
