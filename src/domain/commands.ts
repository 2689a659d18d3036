import { aiEnabled, applyEvent, balanceOf, type AccountState } from './account';
import { SILENT_MODE, modeReplies, type ActivationMode } from './activation-modes';
import {
  AGENT_REPLY_KINDS,
  ONBOARDING_CREDITS_MAX,
  ONBOARDING_STEPS,
  STARTER_CREDITS,
  type AiActionKind,
} from './credits';
import { CreditRuleError } from './errors';
import type { AiActionEvent, AiActionOutcome, LedgerEvent, SkipReason } from './ledger';

/**
 * Commands decide; they never mutate. Each returns the events to append (possibly none) and the
 * state after them, so a store can persist both in one transaction.
 */
export interface Decision<R = undefined> {
  events: LedgerEvent[];
  state: AccountState;
  result: R;
}

function decide<R>(state: AccountState, events: LedgerEvent[], result: R): Decision<R> {
  return { events, state: events.reduce(applyEvent, state), result };
}

/** Rule 2: a new Free account gets its starter pool. */
export function openAccount(state: AccountState, at: string): Decision {
  return decide(
    state,
    [{ type: 'grant', source: 'starter', amount: STARTER_CREDITS, at }],
    undefined,
  );
}

/**
 * Rule 3: each step grants its share once, and all steps together never pass the cap. On Pro the
 * step is recorded as done but grants nothing: credits are a Free-plan pool (rules 3, 4 and 8),
 * and Pro use is not metered against a balance, so a grant there would only be a wrong number.
 */
export function completeOnboardingStep(
  state: AccountState,
  stepId: string,
  at: string,
): Decision<{ granted: number }> {
  const step = ONBOARDING_STEPS.find((candidate) => candidate.id === stepId);
  if (!step)
    throw new CreditRuleError('unknown_onboarding_step', `No onboarding step "${stepId}".`);
  if (state.onboardingStepsDone.includes(stepId)) return decide(state, [], { granted: 0 });

  const amount =
    state.plan === 'pro'
      ? 0
      : Math.max(0, Math.min(step.credits, ONBOARDING_CREDITS_MAX - state.granted.onboarding));
  return decide(state, [{ type: 'grant', source: 'onboarding', stepId, amount, at }], {
    granted: amount,
  });
}

export interface Promotion {
  id: string;
  name: string;
  amount: number;
}

/**
 * Rule 4: Free accounts only, once per account. The same promotion again changes nothing; the same
 * id with another name or amount is refused, so a mistyped grant never passes for a replay.
 */
export function grantPromotion(
  state: AccountState,
  promotion: Promotion,
  at: string,
): Decision<{ granted: number }> {
  if (!Number.isInteger(promotion.amount) || promotion.amount <= 0) {
    throw new CreditRuleError(
      'invalid_promotion_amount',
      'A promotion grants a positive whole number of credits.',
    );
  }
  const applied = state.promotionsApplied.find((candidate) => candidate.id === promotion.id);
  if (applied) {
    if (applied.name === promotion.name && applied.amount === promotion.amount)
      return decide(state, [], { granted: 0 });
    throw new CreditRuleError(
      'promotion_id_reused',
      `Promotion "${promotion.id}" was already granted as "${applied.name}" for ${applied.amount} credits; use a new id for other terms.`,
    );
  }
  if (state.plan !== 'free') {
    throw new CreditRuleError(
      'promotion_requires_free_plan',
      'Promotions grant credits to Free accounts only.',
    );
  }

  return decide(
    state,
    [
      {
        type: 'grant',
        source: 'promotion',
        promotionId: promotion.id,
        name: promotion.name,
        amount: promotion.amount,
        at,
      },
    ],
    { granted: promotion.amount },
  );
}

/** Why an action of this kind would not run now, or `null` when it runs. */
export function skipReasonFor(state: AccountState, kind: AiActionKind): SkipReason | null {
  if (!aiEnabled(state)) return 'no_credits';
  if (!modeReplies(state.activationMode) && AGENT_REPLY_KINDS.has(kind)) return 'agent_disabled';
  return null;
}

export interface AiActionRequest {
  kind: AiActionKind;
  idempotencyKey: string;
}

export interface AiActionResult {
  outcome: AiActionOutcome;
  /** True when this key was seen before and nothing new was recorded (rule 7). */
  replayed: boolean;
}

/**
 * Rules 5 to 8 for one AI action. `previous` is what the ledger already holds for this
 * idempotency key: a retried action gets the same answer and is never charged twice.
 * The charge that empties a Free balance also switches the agent to "Disable all replies",
 * remembering the mode it had, in the same decision so no reader can see one without the other.
 */
export function runAiAction(
  state: AccountState,
  request: AiActionRequest,
  at: string,
  previous?: AiActionEvent,
): Decision<AiActionResult> {
  if (previous) return decide(state, [], { outcome: previous.outcome, replayed: true });

  const { kind, idempotencyKey } = request;
  const reason = skipReasonFor(state, kind);
  if (reason) {
    return decide(
      state,
      [{ type: 'ai_action', kind, idempotencyKey, outcome: 'skipped', reason, at }],
      {
        outcome: 'skipped',
        replayed: false,
      },
    );
  }
  if (state.plan === 'pro') {
    return decide(state, [{ type: 'ai_action', kind, idempotencyKey, outcome: 'unmetered', at }], {
      outcome: 'unmetered',
      replayed: false,
    });
  }

  const events: LedgerEvent[] = [
    { type: 'ai_action', kind, idempotencyKey, outcome: 'charged', at },
  ];
  const exhausts = balanceOf(state) === 1;
  if (exhausts && state.activationMode !== SILENT_MODE) {
    events.push({
      type: 'mode_changed',
      from: state.activationMode,
      to: SILENT_MODE,
      by: 'system',
      reason: 'credits_exhausted',
      at,
    });
  }
  return decide(state, events, { outcome: 'charged', replayed: false });
}

/**
 * The merchant picks a mode by hand. On an empty Free balance a mode that replies could not
 * answer anyone, so it is refused rather than silently accepted. A hand-picked mode always wins
 * over the remembered one: the auto-disabled note is cleared.
 */
export function setActivationMode(state: AccountState, mode: ActivationMode, at: string): Decision {
  if (modeReplies(mode) && !aiEnabled(state)) {
    throw new CreditRuleError(
      'mode_needs_credits',
      'A mode that replies needs AI credits or the Pro plan.',
    );
  }
  if (mode === state.activationMode && state.autoDisabled === null)
    return decide(state, [], undefined);
  return decide(
    state,
    [{ type: 'mode_changed', from: state.activationMode, to: mode, by: 'merchant', at }],
    undefined,
  );
}

/** One click back to the mode the agent had before credits ran out, once AI can run again. */
export function restorePreviousMode(
  state: AccountState,
  at: string,
): Decision<{ mode: ActivationMode }> {
  const { autoDisabled } = state;
  if (!autoDisabled)
    throw new CreditRuleError(
      'nothing_to_restore',
      'The agent was not switched off by the system.',
    );
  if (!aiEnabled(state)) {
    throw new CreditRuleError(
      'restore_needs_ai',
      'AI is off until credits are granted again or the plan is Pro.',
    );
  }
  const mode = autoDisabled.previousMode;
  return decide(
    state,
    [{ type: 'mode_changed', from: state.activationMode, to: mode, by: 'merchant', at }],
    { mode },
  );
}

/**
 * Rule 1 and 8: move to Pro. Idempotent, so a double-submitted checkout changes nothing twice.
 * The agent stays where it is: restoring its previous mode is the merchant's decision.
 */
export function upgradeToPro(state: AccountState, at: string): Decision<{ changed: boolean }> {
  if (state.plan === 'pro') return decide(state, [], { changed: false });
  return decide(state, [{ type: 'plan_changed', from: state.plan, to: 'pro', at }], {
    changed: true,
  });
}
