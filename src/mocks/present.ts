import type { Agent, Credits, LedgerEntryDto, Onboarding } from '@/contract/schemas';
import { aiEnabled, balanceOf, canRestorePreviousMode, type AccountState } from '@/domain/account';
import { ONBOARDING_CREDITS_MAX, ONBOARDING_STEPS } from '@/domain/credits';
import type { LedgerEntry } from '@/domain/ledger';
import type { StoredAccount } from './db/mock-db';

/** Domain state to API payloads: the only place that knows both shapes. */

export function presentCredits({ state, updatedAt, revision }: StoredAccount): Credits {
  return {
    plan: state.plan,
    balance: balanceOf(state),
    granted: { ...state.granted },
    spent: state.spent,
    aiEnabled: aiEnabled(state),
    onboardingRemaining:
      state.plan === 'free' ? ONBOARDING_CREDITS_MAX - state.granted.onboarding : 0,
    updatedAt,
    revision,
  };
}

export function presentAgent({ state, revision }: StoredAccount): Agent {
  return {
    activationMode: state.activationMode,
    autoDisabled: state.autoDisabled && { ...state.autoDisabled },
    canRestore: canRestorePreviousMode(state),
    revision,
  };
}

export function presentOnboarding(state: AccountState): Onboarding {
  return {
    steps: ONBOARDING_STEPS.map((step) => ({
      ...step,
      done: state.onboardingStepsDone.includes(step.id),
    })),
  };
}

export function presentLedgerEntry(entry: LedgerEntry): LedgerEntryDto {
  const base = { id: String(entry.seq), at: entry.at };
  switch (entry.type) {
    case 'grant':
      return {
        ...base,
        type: 'grant',
        source: entry.source,
        amount: entry.amount,
        detail:
          entry.source === 'onboarding'
            ? entry.stepId
            : entry.source === 'promotion'
              ? entry.name
              : null,
      };
    case 'ai_action':
      return {
        ...base,
        type: 'ai_action',
        kind: entry.kind,
        outcome: entry.outcome,
        skipReason: entry.outcome === 'skipped' ? entry.reason : null,
      };
    case 'plan_changed':
      return { ...base, type: 'plan_changed', from: entry.from, to: entry.to };
    case 'mode_changed':
      return { ...base, type: 'mode_changed', from: entry.from, to: entry.to, by: entry.by };
  }
}
