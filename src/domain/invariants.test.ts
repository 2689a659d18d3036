import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAccount, foldLedger, totalGranted, type AccountState } from './account';
import { ACTIVATION_MODES, SILENT_MODE } from './activation-modes';
import {
  completeOnboardingStep,
  grantPromotion,
  openAccount,
  restorePreviousMode,
  runAiAction,
  setActivationMode,
  upgradeToPro,
  type Decision,
} from './commands';
import { AI_ACTION_KINDS, ONBOARDING_STEPS } from './credits';
import { CreditRuleError } from './errors';
import type { AiActionEvent, LedgerEvent } from './ledger';

const at = '2026-11-20T10:00:00.000Z';

type Command =
  | { do: 'spend'; kind: (typeof AI_ACTION_KINDS)[number]; key: string }
  | { do: 'onboard'; stepId: string }
  | { do: 'promote'; id: string; amount: number }
  | { do: 'mode'; mode: (typeof ACTIVATION_MODES)[number] }
  | { do: 'restore' }
  | { do: 'upgrade' };

// Weighted towards spends, with a key pool small enough that retries (rule 7) happen often.
const freeCommand: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      do: fc.constant('spend' as const),
      kind: fc.constantFrom(...AI_ACTION_KINDS),
      key: fc.integer({ min: 0, max: 400 }).map((n) => `k${n}`),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('onboard' as const),
      stepId: fc.constantFrom(...ONBOARDING_STEPS.map((s) => s.id), 'bogus'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      do: fc.constant('promote' as const),
      id: fc.constantFrom('a', 'b', 'c'),
      amount: fc.integer({ min: -2, max: 30 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('mode' as const),
      mode: fc.constantFrom(...ACTIVATION_MODES),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ do: 'restore' as const }) },
);

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 18, arbitrary: freeCommand },
  { weight: 1, arbitrary: fc.constant({ do: 'upgrade' as const }) },
);

/**
 * Half the runs stay on Free and are long enough to spend every credit a run can be granted
 * (up to 190), so exhaustion really happens; the other half may upgrade at any point.
 */
const sequences = fc.oneof(
  fc.array(freeCommand, { minLength: 400, maxLength: 600 }),
  fc.array(command, { minLength: 50, maxLength: 400 }),
);

function execute(state: AccountState, cmd: Command, ledger: LedgerEvent[]): Decision<unknown> {
  switch (cmd.do) {
    case 'spend': {
      const previous = ledger.find(
        (event): event is AiActionEvent =>
          event.type === 'ai_action' && event.idempotencyKey === cmd.key,
      );
      return runAiAction(state, { kind: cmd.kind, idempotencyKey: cmd.key }, at, previous);
    }
    case 'onboard':
      return completeOnboardingStep(state, cmd.stepId, at);
    case 'promote':
      return grantPromotion(state, { id: cmd.id, name: cmd.id, amount: cmd.amount }, at);
    case 'mode':
      return setActivationMode(state, cmd.mode, at);
    case 'restore':
      return restorePreviousMode(state, at);
    case 'upgrade':
      return upgradeToPro(state, at);
  }
}

const runsThatExhausted = new Set<unknown>();

describe('invariants over random sequences of events', () => {
  it('keeps the balance at or above 0 and equal to grants minus charged actions; charges a key once; switches once per exhaustion', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        let state = openAccount(emptyAccount(), at).state;
        const ledger: LedgerEvent[] = [{ type: 'grant', source: 'starter', amount: 50, at }];
        let exhaustionsWhileReplying = 0;

        for (const cmd of commands) {
          let decision: Decision<unknown>;
          try {
            decision = execute(state, cmd, ledger);
          } catch (error) {
            // A refused command is part of the rules; anything else is a bug.
            expect(error).toBeInstanceOf(CreditRuleError);
            continue;
          }
          const before = state;
          state = decision.state;
          ledger.push(...decision.events);

          const rawBalance = totalGranted(state) - state.spent;
          expect(rawBalance).toBeGreaterThanOrEqual(0);

          const grants = ledger.reduce((sum, e) => (e.type === 'grant' ? sum + e.amount : sum), 0);
          const charged = ledger.filter(
            (e) => e.type === 'ai_action' && e.outcome === 'charged',
          ).length;
          expect(rawBalance).toBe(grants - charged);

          const wasReplying = before.activationMode !== SILENT_MODE;
          const exhaustedNow =
            before.plan === 'free' && totalGranted(before) - before.spent > 0 && rawBalance === 0;
          if (exhaustedNow && wasReplying) exhaustionsWhileReplying += 1;
          if (exhaustedNow) runsThatExhausted.add(commands);
        }

        const systemSwitches = ledger.filter(
          (e) => e.type === 'mode_changed' && e.by === 'system',
        ).length;
        expect(systemSwitches).toBe(exhaustionsWhileReplying);

        const chargedKeys = ledger.flatMap((e) =>
          e.type === 'ai_action' ? [e.idempotencyKey] : [],
        );
        expect(new Set(chargedKeys).size).toBe(chargedKeys.length);

        expect(foldLedger(ledger)).toEqual(state);
      }),
      { numRuns: 300 },
    );
    // A property that never reaches an empty balance cannot catch a broken exhaustion rule.
    expect(runsThatExhausted.size).toBeGreaterThan(80);
  });
});
