import { describe, expect, it } from 'vitest';
import { SCENARIO_NAMES } from '@/contract/qa';
import { foldLedger, balanceOf } from '@/domain/account';
import { buildScenario } from './scenarios';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('scenarios', () => {
  it.each(SCENARIO_NAMES)(
    '%s is its ledger replayed, written in time order, all in the past',
    (name) => {
      const { account, events } = buildScenario(name, now, { entries: 2_000 });
      const times = events.map((event) => Date.parse(event.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(now);
      expect(foldLedger(events)).toEqual(account.state);
    },
  );

  it.each([
    ['new-free', 50],
    ['onboarded', 100],
    ['low', 7],
    ['exhausted', 0],
    ['promo-after-exhaustion', 20],
    ['pro', null],
  ] as const)('%s leaves %s credits', (name, balance) => {
    expect(balanceOf(buildScenario(name, now).account.state)).toBe(balance);
  });

  it('long-history has exactly the entries asked for', () => {
    expect(buildScenario('long-history', now, { entries: 2_000 }).events).toHaveLength(2_000);
  });
});
