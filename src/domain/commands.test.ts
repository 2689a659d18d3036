import { describe, expect, it } from 'vitest';
import {
  aiEnabled,
  balanceOf,
  canRestorePreviousMode,
  creditLevel,
  emptyAccount,
  foldLedger,
  type AccountState,
} from './account';
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
import {
  AI_ACTION_KINDS,
  ONBOARDING_CREDITS_MAX,
  ONBOARDING_STEPS,
  STARTER_CREDITS,
} from './credits';
import type { AiActionEvent } from './ledger';

const at = '2026-11-20T10:00:00.000Z';
let keySeq = 0;
const nextKey = () => `key-${++keySeq}`;

function newFree(): AccountState {
  return openAccount(emptyAccount(), at).state;
}

function spend(
  state: AccountState,
  times: number,
  kind: (typeof AI_ACTION_KINDS)[number] = 'dm_reply',
): AccountState {
  let current = state;
  for (let i = 0; i < times; i++)
    current = runAiAction(current, { kind, idempotencyKey: nextKey() }, at).state;
  return current;
}

function onboarded(): AccountState {
  return ONBOARDING_STEPS.reduce(
    (state, step) => completeOnboardingStep(state, step.id, at).state,
    newFree(),
  );
}

function exhaustedFrom(mode: AccountState['activationMode']): AccountState {
  const state = setActivationMode(newFree(), mode, at).state;
  return spend(state, STARTER_CREDITS);
}

describe('rule 1 and 2: plans and the starter pool', () => {
  it('opens a Free account with 50 starter credits', () => {
    const state = newFree();
    expect(state.plan).toBe('free');
    expect(balanceOf(state)).toBe(50);
    expect(state.granted).toEqual({ starter: 50, onboarding: 0, promotions: 0 });
  });

  it('starts the agent on "Specific intents only"', () => {
    expect(newFree().activationMode).toBe('specific_intents');
  });
});

describe('rule 3: onboarding grants up to 50 more, each step once', () => {
  it('has steps that add up to exactly the cap', () => {
    expect(ONBOARDING_STEPS.reduce((sum, step) => sum + step.credits, 0)).toBe(
      ONBOARDING_CREDITS_MAX,
    );
  });

  it('reaches 100 in total when every step is done', () => {
    expect(balanceOf(onboarded())).toBe(100);
  });

  it('grants nothing for a step done again', () => {
    const [first] = ONBOARDING_STEPS;
    const once = completeOnboardingStep(newFree(), first!.id, at);
    const twice = completeOnboardingStep(once.state, first!.id, at);
    expect(once.result.granted).toBe(first!.credits);
    expect(twice.result.granted).toBe(0);
    expect(twice.events).toEqual([]);
    expect(balanceOf(twice.state)).toBe(STARTER_CREDITS + first!.credits);
  });

  it('refuses a step it does not know', () => {
    expect(() => completeOnboardingStep(newFree(), 'nope', at)).toThrowError(
      expect.objectContaining({ code: 'unknown_onboarding_step' }),
    );
  });

  it('never grants past the cap even if the state already holds onboarding credits', () => {
    const nearlyFull: AccountState = {
      ...newFree(),
      granted: { starter: 50, onboarding: 45, promotions: 0 },
    };
    expect(completeOnboardingStep(nearlyFull, ONBOARDING_STEPS[0]!.id, at).result.granted).toBe(5);
  });

  it('records a step done on Pro but grants nothing: credits are a Free-plan pool', () => {
    const [first] = ONBOARDING_STEPS;
    const pro = upgradeToPro(newFree(), at).state;
    const done = completeOnboardingStep(pro, first!.id, at);
    expect(done.result.granted).toBe(0);
    expect(done.state.onboardingStepsDone).toEqual([first!.id]);
    expect(done.state.granted).toEqual(pro.granted);
    expect(balanceOf(done.state)).toBeNull();
    // Done once: doing it again changes nothing at all.
    expect(completeOnboardingStep(done.state, first!.id, at).events).toEqual([]);
  });
});

describe('rule 4: promotions, Free only, once each', () => {
  const promo = { id: 'black-friday', name: 'Black Friday boost', amount: 20 };

  it('grants a promotion to a Free account once', () => {
    const once = grantPromotion(newFree(), promo, at);
    const twice = grantPromotion(once.state, promo, at);
    expect(balanceOf(once.state)).toBe(70);
    expect(twice.events).toEqual([]);
    expect(balanceOf(twice.state)).toBe(70);
  });

  it('refuses a promotion on Pro', () => {
    const pro = upgradeToPro(newFree(), at).state;
    expect(() => grantPromotion(pro, promo, at)).toThrowError(
      expect.objectContaining({ code: 'promotion_requires_free_plan' }),
    );
  });

  it.each([
    ['amount', { ...promo, amount: 30 }],
    ['name', { ...promo, name: 'Cyber Monday boost' }],
  ])('refuses the same promotion id with another %s', (_, other) => {
    const once = grantPromotion(newFree(), promo, at).state;
    expect(() => grantPromotion(once, other, at)).toThrowError(
      expect.objectContaining({ code: 'promotion_id_reused' }),
    );
  });

  it('answers a repeated promotion as done even after the move to Pro', () => {
    const pro = upgradeToPro(grantPromotion(newFree(), promo, at).state, at).state;
    expect(grantPromotion(pro, promo, at)).toMatchObject({ events: [], result: { granted: 0 } });
  });

  it.each([0, -5, 2.5])('refuses a promotion of %s credits', (amount) => {
    expect(() => grantPromotion(newFree(), { ...promo, amount }, at)).toThrowError(
      expect.objectContaining({ code: 'invalid_promotion_amount' }),
    );
  });
});

describe('rule 5: every AI action spends exactly one credit on Free', () => {
  it.each(AI_ACTION_KINDS)('charges one credit for %s', (kind) => {
    const decision = runAiAction(newFree(), { kind, idempotencyKey: nextKey() }, at);
    expect(decision.result.outcome).toBe('charged');
    expect(balanceOf(decision.state)).toBe(49);
  });

  it('counts 13 kinds, test-chat replies included', () => {
    expect(AI_ACTION_KINDS).toHaveLength(13);
    expect(AI_ACTION_KINDS).toContain('test_chat_reply');
  });
});

describe('rule 6: at 0 on Free, AI stops and the agent is switched to "Disable all replies"', () => {
  it('switches the mode with the time, the reason and the mode it had', () => {
    const state = exhaustedFrom('all_pending');
    expect(balanceOf(state)).toBe(0);
    expect(aiEnabled(state)).toBe(false);
    expect(state.activationMode).toBe('disable_all_replies');
    expect(state.autoDisabled).toEqual({
      at,
      reason: 'credits_exhausted',
      previousMode: 'all_pending',
      skippedActions: 0,
    });
  });

  it('emits the charge and the switch in the same decision', () => {
    const last = runAiAction(
      spend(newFree(), 49),
      { kind: 'dm_reply', idempotencyKey: nextKey() },
      at,
    );
    expect(last.events.map((event) => event.type)).toEqual(['ai_action', 'mode_changed']);
  });

  it('skips further actions, never charges them, and counts them', () => {
    const state = exhaustedFrom('all_pending');
    const decision = runAiAction(
      state,
      { kind: 'scenario_ai_condition', idempotencyKey: nextKey() },
      at,
    );
    expect(decision.result.outcome).toBe('skipped');
    expect(decision.events).toEqual([
      expect.objectContaining({ outcome: 'skipped', reason: 'no_credits' }),
    ]);
    expect(balanceOf(decision.state)).toBe(0);
    expect(decision.state.autoDisabled?.skippedActions).toBe(1);
  });

  it('does not switch a mode the merchant had already silenced', () => {
    const state = exhaustedFrom('disable_all_replies');
    expect(state.autoDisabled).toBeNull();
    expect(state.activationMode).toBe('disable_all_replies');
  });

  it('refuses a mode that replies while the Free balance is empty', () => {
    expect(() => setActivationMode(exhaustedFrom('all_pending'), 'all_pending', at)).toThrowError(
      expect.objectContaining({ code: 'mode_needs_credits' }),
    );
  });

  it('keeps agent replies silent while credits remain but the mode is "Disable all replies"', () => {
    const silenced = setActivationMode(newFree(), 'disable_all_replies', at).state;
    const reply = runAiAction(silenced, { kind: 'dm_reply', idempotencyKey: nextKey() }, at);
    const detection = runAiAction(
      silenced,
      { kind: 'intent_detection', idempotencyKey: nextKey() },
      at,
    );
    expect(reply.events).toEqual([
      expect.objectContaining({ outcome: 'skipped', reason: 'agent_disabled' }),
    ]);
    expect(detection.result.outcome).toBe('charged');
  });
});

describe('rule 7: never below 0, never charged twice', () => {
  it('answers a retried key with the first outcome and records nothing', () => {
    const first = runAiAction(newFree(), { kind: 'dm_reply', idempotencyKey: 'same' }, at);
    const previous = first.events[0] as AiActionEvent;
    const retry = runAiAction(
      first.state,
      { kind: 'dm_reply', idempotencyKey: 'same' },
      at,
      previous,
    );
    expect(retry.result).toEqual({ outcome: 'charged', replayed: true });
    expect(retry.events).toEqual([]);
    expect(balanceOf(retry.state)).toBe(49);
  });

  it('stays at 0 however many actions follow', () => {
    expect(balanceOf(spend(newFree(), 80))).toBe(0);
  });
});

describe('rule 8: Pro is unmetered', () => {
  it('has no balance and records usage without draining anything', () => {
    const pro = upgradeToPro(newFree(), at).state;
    const decision = runAiAction(pro, { kind: 'dm_reply', idempotencyKey: nextKey() }, at);
    expect(balanceOf(pro)).toBeNull();
    expect(decision.result.outcome).toBe('unmetered');
    expect(decision.state.unmetered).toBe(1);
    expect(decision.state.spent).toBe(0);
    expect(creditLevel(balanceOf(decision.state))).toBe('unmetered');
  });

  it('upgrades once: a second upgrade changes nothing', () => {
    const once = upgradeToPro(newFree(), at);
    const twice = upgradeToPro(once.state, at);
    expect(once.result.changed).toBe(true);
    expect(twice.result.changed).toBe(false);
    expect(twice.events).toEqual([]);
  });
});

describe('restoring the mode the agent had before', () => {
  function restoreAfter(change: (state: AccountState) => Decision<unknown>) {
    const state = change(exhaustedFrom('all_pending')).state;
    expect(state.activationMode).toBe('disable_all_replies');
    expect(canRestorePreviousMode(state)).toBe(true);
    return restorePreviousMode(state, at);
  }

  it('is refused while AI cannot run', () => {
    const state = exhaustedFrom('all_pending');
    expect(canRestorePreviousMode(state)).toBe(false);
    expect(() => restorePreviousMode(state, at)).toThrowError(
      expect.objectContaining({ code: 'restore_needs_ai' }),
    );
  });

  it('is offered after an upgrade, and leaves the agent alone until then', () => {
    const restored = restoreAfter((state) => upgradeToPro(state, at));
    expect(restored.result.mode).toBe('all_pending');
    expect(restored.state.activationMode).toBe('all_pending');
    expect(restored.state.autoDisabled).toBeNull();
  });

  it('is offered after new credits on Free', () => {
    const restored = restoreAfter((state) =>
      grantPromotion(state, { id: 'p', name: 'Promo', amount: 20 }, at),
    );
    expect(restored.state.activationMode).toBe('all_pending');
  });

  it('has nothing to restore when the system never switched the mode', () => {
    expect(() => restorePreviousMode(newFree(), at)).toThrowError(
      expect.objectContaining({ code: 'nothing_to_restore' }),
    );
  });

  it('gives way to a mode the merchant picks by hand', () => {
    const upgraded = upgradeToPro(exhaustedFrom('all_pending'), at).state;
    const handPicked = setActivationMode(upgraded, 'automation_only', at).state;
    expect(handPicked.activationMode).toBe('automation_only');
    expect(handPicked.autoDisabled).toBeNull();
  });
});

describe('the state is the fold of its ledger', () => {
  it('rebuilds the same state from the events alone', () => {
    const decisions: Decision<unknown>[] = [];
    let state = emptyAccount();
    const record = (decision: Decision<unknown>) => {
      decisions.push(decision);
      state = decision.state;
    };
    record(openAccount(state, at));
    record(completeOnboardingStep(state, 'connect_instagram', at));
    for (let i = 0; i < 60; i++)
      record(runAiAction(state, { kind: 'dm_reply', idempotencyKey: nextKey() }, at));
    record(upgradeToPro(state, at));
    expect(foldLedger(decisions.flatMap((decision) => decision.events))).toEqual(state);
  });
});

describe('credit levels', () => {
  it.each([
    [100, 'plenty'],
    [11, 'plenty'],
    [10, 'low'],
    [1, 'low'],
    [0, 'empty'],
    [null, 'unmetered'],
  ] as const)('calls a balance of %s %s', (balance, level) => {
    expect(creditLevel(balance)).toBe(level);
  });
});
