import type { ScenarioName } from '@/contract/qa';

/**
 * Idempotency keys as the mock stores them: a client's key and a scenario's seed key live in
 * separate namespaces, so a client sending `low-1` is never told that an action it did not make
 * was "charged, replayed". The ledger's keys are internal: no response shows them.
 */
export function clientKey(key: string): string {
  return `client:${key}`;
}

export function seedKey(scenario: ScenarioName, n: number): string {
  return `seed:${scenario}:${n}`;
}
