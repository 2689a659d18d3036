import { DEFAULT_SCENARIO, type ScenarioName } from '@/contract/qa';
import { createMemoryDb } from './db/memory-db';
import type { MockDb } from './db/mock-db';
import { createHandlers, type MockBackendOptions } from './handlers';
import { buildScenario } from './scenarios';

/** A mock backend held in memory: for Node tests, Storybook and the HTTP mock server. */
export function createMemoryBackend(
  scenario: ScenarioName = DEFAULT_SCENARIO,
  options: Omit<MockBackendOptions, 'db'> = {},
): { db: MockDb; handlers: ReturnType<typeof createHandlers> } {
  const now = options.now ?? Date.now;
  const { account, events } = buildScenario(scenario, now());
  const db = createMemoryDb(account, events);
  return { db, handlers: createHandlers({ ...options, db, now }) };
}
