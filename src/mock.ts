/**
 * The mock credit backend, as a second public entry (`inro-ai-credits/mock`): the same handlers,
 * scenarios and in-memory backend this repository's app, Storybook and Playwright suite run on, for
 * a host's own Vitest, Storybook or Playwright, in Node or a browser. Needs `msw` (an optional
 * peer dependency). The browser's own pieces (the service worker on IndexedDB, the QA panel) are
 * `inro-ai-credits/mock/browser`.
 *
 *   const backend = createMemoryBackend('low');
 *   setupServer(...backend.handlers)        // Node (msw/node), or setupWorker in a browser
 *   <CreditsProvider live={mockLiveChannel(backend.db)}>…</CreditsProvider>
 */
export { createMemoryBackend } from '@/mocks/memory-backend';
export { createHandlers, type MockBackendOptions } from '@/mocks/handlers';
export type { MockDb } from '@/mocks/db/mock-db';
export { inPageLiveChannel as mockLiveChannel } from '@/mocks/live-events';
export {
  DEFAULT_SCENARIO,
  SCENARIO_NAMES,
  QA_ROUTES,
  type ScenarioName,
  type Faults,
  type PromotionRequest,
} from '@/contract/qa';
