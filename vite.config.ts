import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { defineConfig, loadEnv } from 'vite';

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
    plugins: [react(), ...(mockOn ? [msw({ mode: 'worker-only' })] : [])],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
        'wouter',
        'wouter/memory-location',
        'zod/mini',
        'zustand',
        'zustand/middleware',
      ],
    },
    build: {
      target: 'es2023',
      // Written for error tracking, but not linked from the shipped files: browsers do not fetch
      // them and the code's sources are not served to every visitor.
      sourcemap: 'hidden',
    },
  };
});
