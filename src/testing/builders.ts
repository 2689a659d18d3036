import type { ScenarioName } from '@/contract/qa';
import type { Agent, Credits } from '@/contract/schemas';
import { restart } from '@/mocks/db/mock-db';
import { presentAgent, presentCredits } from '@/mocks/present';
import { buildScenario } from '@/mocks/scenarios';

/** A fixed "now" so stories and tests render the same relative times on every run. */
export const FIXED_NOW = Date.parse('2026-11-24T12:00:00.000Z');

function storedScenario(scenario: ScenarioName) {
  const { account, events } = buildScenario(scenario, FIXED_NOW);
  return restart(account, undefined, events.length);
}

/** The credits payload the mock backend would send for a scenario: real data, not hand-typed. */
export function creditsFor(scenario: ScenarioName, overrides: Partial<Credits> = {}): Credits {
  return { ...presentCredits(storedScenario(scenario)), ...overrides };
}

export function agentFor(scenario: ScenarioName, overrides: Partial<Agent> = {}): Agent {
  return { ...presentAgent(storedScenario(scenario)), ...overrides };
}
