import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { ROUTES } from './src/app/paths';
import { API_ROUTES } from './src/contract/routes';
import { apiBaseUrl } from './src/lib/api/api-config';

/**
 * The requests every page makes first (the credits for the gauge, the agent for its banner) start
 * with the HTML, beside the JavaScript, instead of after it has loaded and run: on a phone that is
 * a second or more. The app's own fetch of each then takes the preloaded answer. Only for a real
 * API: with the mock, the service worker that answers is not running yet.
 */
function preloadFirstRequests(baseUrl: string): Plugin {
  return {
    name: 'preload-first-requests',
    // The app's page only: Storybook's iframe.html goes through this config too, and there the
    // mock's worker must answer these requests, which it cannot do for a preload made before it.
    transformIndexHtml: (_html, { path: page }) =>
      page !== '/index.html'
        ? []
        : (['credits', 'agent'] as const).map((route) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: 'anonymous',
              // Exactly the URL the app's fetch asks for (same base, no trailing slash), or the
              // browser fetches it twice.
              href: `${apiBaseUrl(baseUrl)}${API_ROUTES[route].path}`,
            },
            injectTo: 'head',
          })),
  };
}

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * The code a settings page needs besides the first chunk: its own chunk and the contract's
 * parser, which its first render waits on (its data is on screen at once, unlike the home page's).
 */
const ROUTE_CODE = {
  [ROUTES.billing]: [source('app/routes/billing.tsx'), source('contract/schemas.ts')],
  [ROUTES.activationRules]: [
    source('app/routes/activation-rules.tsx'),
    source('contract/schemas.ts'),
  ],
};

/**
 * A page of its own for each settings route (`settings/billing/index.html`): the app's page plus
 * `<link rel=modulepreload>` for that route's code, so that it downloads beside the first chunk
 * instead of after it has loaded and run. Opened directly on a phone, the billing page had waited
 * on the first chunk, then on its own (the longest path to its largest paint). Any static host
 * serves `dir/index.html` for `dir`; every other path still gets `index.html`.
 */
function routePages(): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'route-pages',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
      base = config.base;
    },
    writeBundle(_options, bundle) {
      // Vite's library build (the package) has no page.
      if (!('index.html' in bundle)) return;
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const chunkHolding = (module: string) =>
        // Its own chunk, or (in the demo build, where the mock imports the contract too) the
        // chunk it was bundled into.
        chunks.find((candidate) => candidate.facadeModuleId === module) ??
        chunks.find((candidate) => candidate.moduleIds.includes(module));
      const page = readFileSync(join(outDir, 'index.html'), 'utf8');
      for (const [route, modules] of Object.entries(ROUTE_CODE)) {
        const files = new Set<string>();
        for (const module of modules) {
          const chunk = chunkHolding(module);
          // Another page built with this config (the bench's bare React page) has no routes: the
          // e2e test of the billing page's HTML is what catches a route page gone missing.
          if (!chunk) return;
          for (const file of [chunk.fileName, ...chunk.imports]) files.add(file);
        }
        const links = [...files]
          .filter((file) => !page.includes(`${base}${file}`))
          .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
        const target = join(outDir, route, 'index.html');
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, page.replace('</head>', `  ${links.join('\n    ')}\n  </head>`));
      }
    },
  };
}

/**
 * Modes: `development` (npm run dev) and `demo` (npm run build:demo) run on the embedded mock
 * backend; `production` (npm run build) talks to the API at VITE_API_BASE_URL and ships no MSW
 * code and no worker file. VITE_API_MOCK=on|off overrides the mode's default.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mockOn = env.VITE_API_MOCK === 'on';
  return {
    // worker-only: the worker script is served in dev and emitted in the build, and only here,
    // when the mock is on; the app starts it itself with the stable `setupWorker` API.
    plugins: [
      react(),
      routePages(),
      ...(mockOn
        ? [msw({ mode: 'worker-only' })]
        : [preloadFirstRequests(env.VITE_API_BASE_URL ?? '')]),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        'use-sync-external-store/shim/index.js': fileURLToPath(
          new URL('./src/app/vendor/use-sync-external-store-shim.ts', import.meta.url),
        ),
      },
    },
    // Pre-bundled up front: a dependency first met in a lazy route (the billing page's virtual
    // list) would otherwise make the dev server re-optimise and reload mid-visit.
    optimizeDeps: {
      include: [
        '@tanstack/react-query',
        '@tanstack/react-virtual',
        'idb',
        'msw',
        'msw/browser',
        'radix-ui',
        'valibot',
        'wouter',
        'wouter/memory-location',
        'zustand',
        'zustand/middleware',
      ],
    },
    build: {
      target: 'es2023',
      // Written for error tracking, but not linked from the shipped files: browsers do not fetch
      // them and the code's sources are not served to every visitor.
      sourcemap: 'hidden',
      // One stylesheet, loaded with the page: a lazy part then never waits for its own styles,
      // and adding them later never makes the browser restyle the whole page mid-visit.
      cssCodeSplit: false,
      // Every browser the target allows preloads modules itself.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // Everything the entry imports statically in one chunk. Left alone, Rolldown put react
        // and the shared formatting code (used by the lazy pages too) in a chunk of their own that every page
        // loads anyway: one request more before the first paint, and 572 B more gzip.
        output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
      },
    },
  };
});
