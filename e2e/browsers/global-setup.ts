import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

import { browsersPorts } from './ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the demo build is served for the cross-engine flows. */
    appUrl: string;
  }
}

/**
 * Builds the demo bundle once (the production bundle with the mock backend inside) and serves it
 * with `vite preview` for every engine's flows.
 */
export default async function setup(project: TestProject) {
  const { app } = browsersPorts();
  const outDir = `dist-browsers-${app}`;
  await build({ mode: 'demo', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    mode: 'demo',
    logLevel: 'error',
    build: { outDir },
    preview: { port: app, strictPort: true, host: '127.0.0.1' },
  });
  project.provide('appUrl', `http://127.0.0.1:${app}`);
  return async () => {
    await server.close();
  };
}
