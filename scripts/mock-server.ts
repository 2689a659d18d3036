/**
 * `npm run mock-server [-- --port 8787 --scenario low --static dist --allow-origin URL
 * --require-token T --verbose]`:
 * the mock credit backend on localhost over HTTP. The handlers are the app's own (src/mocks),
 * loaded through Vite's module runner so nothing is copied or prebuilt. Quiet unless --verbose.
 * Pages may call it from its own origin and localhost; --allow-origin (repeatable) or
 * MOCK_ALLOWED_ORIGINS (comma-separated) adds others. --require-token T answers 401 to every /api/
 * request, the live stream included, that lacks `Authorization: Bearer T`, as an API behind auth.
 */
import { parseArgs } from 'node:util';
import { createServer, createServerModuleRunner } from 'vite';
import type * as MockHttpServer from './mock-http-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'new-free' },
    static: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
    'require-token': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const allowedOrigins = [
  ...values['allow-origin'],
  ...(process.env.MOCK_ALLOWED_ORIGINS ?? '').split(','),
]
  .map((origin) => origin.trim())
  .filter(Boolean);

const vite = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
});
const runner = createServerModuleRunner(vite.environments.ssr, { hmr: false });
const { startMockHttpServer } = await runner.import<typeof MockHttpServer>(
  '/scripts/mock-http-server.ts',
);
const { SCENARIO_NAMES } =
  await runner.import<typeof import('../src/contract/qa.ts')>('/src/contract/qa.ts');

if (!(SCENARIO_NAMES as readonly string[]).includes(values.scenario)) {
  console.error(`Unknown scenario "${values.scenario}". Scenarios: ${SCENARIO_NAMES.join(', ')}.`);
  process.exit(2);
}

const { url } = await startMockHttpServer({
  port: Number(values.port),
  host: values.host,
  scenario: values.scenario as (typeof SCENARIO_NAMES)[number],
  staticDir: values.static,
  allowedOrigins,
  requireToken: values['require-token'],
  verbose: values.verbose,
});

// The server answers every request itself; this is the last line of defence, so that a bug we
// have not met yet costs one request, not the whole session.
process.on('uncaughtException', (error) =>
  console.error('Mock server error (still running):', error),
);
console.log(
  `Mock credit backend on ${url}/api (scenario "${values.scenario}")${values.static ? `, serving ${values.static} at ${url}/` : ''}`,
);
