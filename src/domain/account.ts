import { DEFAULT_ACTIVATION_MODE, type ActivationMode } from './activation-modes';
import { LOW_BALANCE_THRESHOLD, type Plan } from './credits';
import type { LedgerEvent } from './ledger';

export interface AutoDisabled {
  at: string;
  reason: 'credits_exhausted';
  /** The mode the merchant had before the switch, offered back once AI can run again. */
  previousMode: ActivationMode;
  /** AI actions skipped since the switch: what the silence has cost so far. */
  skippedActions: number;
}

/** The account as the ledger has made it. Never edited directly: only `applyEvent` moves it. */
export interface AccountState {
  plan: Plan;
  granted: { starter: number; onboarding: number; promotions: number };
  /** Charged actions: credits spent. */
  spent: number;
  skipped: number;
  unmetered: number;
  activationMode: ActivationMode;
  autoDisabled: AutoDisabled | null;
  onboardingStepsDone: string[];
  /** Each promotion granted, with its terms: the same id with other terms is a conflict. */
  promotionsApplied: { id: string; name: string; amount: number }[];
}

/** Before the first event: a Free account with nothing granted yet. */
export function emptyAccount(): AccountState {
  return {
    plan: 'free',
    granted: { starter: 0, onboarding: 0, promotions: 0 },
    spent: 0,
    skipped: 0,
    unmetered: 0,
    activationMode: DEFAULT_ACTIVATION_MODE,
    autoDisabled: null,
    onboardingStepsDone: [],
    promotionsApplied: [],
  };
}

export function applyEvent(state: AccountState, event: LedgerEvent): AccountState {
  switch (event.type) {
    case 'grant':
      switch (event.source) {
        case 'starter':
          return {
            ...state,
            granted: { ...state.granted, starter: state.granted.starter + event.amount },
          };
        case 'onboarding':
          return {
            ...state,
            granted: { ...state.granted, onboarding: state.granted.onboarding + event.amount },
            onboardingStepsDone: [...state.onboardingStepsDone, event.stepId],
          };
        case 'promotion':
          return {
            ...state,
            granted: { ...state.granted, promotions: state.granted.promotions + event.amount },
            promotionsApplied: [
              ...state.promotionsApplied,
              { id: event.promotionId, name: event.name, amount: event.amount },
            ],
          };
      }
      break;
    case 'ai_action':
      switch (event.outcome) {
        case 'charged':
          return { ...state, spent: state.spent + 1 };
        case 'unmetered':
          return { ...state, unmetered: state.unmetered + 1 };
        case 'skipped':
          return {
            ...state,
            skipped: state.skipped + 1,
            autoDisabled: state.autoDisabled && {
              ...state.autoDisabled,
              skippedActions: state.autoDisabled.skippedActions + 1,
            },
          };
      }
      break;
    case 'plan_changed':
      return { ...state, plan: event.to };
    case 'mode_changed':
      return {
        ...state,
        activationMode: event.to,
        autoDisabled:
          event.by === 'system'
            ? {
                at: event.at,
                reason: 'credits_exhausted',
                previousMode: event.from,
                skippedActions: 0,
              }
            : null,
      };
  }
}

export function foldLedger(
  events: Iterable<LedgerEvent>,
  from: AccountState = emptyAccount(),
): AccountState {
  let state = from;
  for (const event of events) state = applyEvent(state, event);
  return state;
}

/** Every credit granted so far, from any source: the account's, or the API's credits summary. */
export function totalGranted({ granted }: Pick<AccountState, 'granted'>): number {
  return granted.starter + granted.onboarding + granted.promotions;
}

/** Credits left on Free; `null` on Pro, where AI use is not metered against a balance (rule 8). */
export function balanceOf(state: AccountState): number | null {
  if (state.plan === 'pro') return null;
  // The commands never let spent exceed granted; the clamp keeps rule 7 true even for a hand-built state.
  return Math.max(0, totalGranted(state) - state.spent);
}

/** Rule 6 and 8: AI runs on Pro, and on Free while credits are left. */
export function aiEnabled(state: AccountState): boolean {
  return state.plan === 'pro' || (balanceOf(state) ?? 0) > 0;
}

/** The banner's second state: the agent was silenced for credits and AI could run again. */
export function canRestorePreviousMode(state: AccountState): boolean {
  return state.autoDisabled !== null && aiEnabled(state);
}

export type CreditLevel = 'plenty' | 'low' | 'empty' | 'unmetered';

/** What the balance means for the merchant; the gauge's look follows this. */
export function creditLevel(balance: number | null): CreditLevel {
  if (balance === null) return 'unmetered';
  if (balance <= 0) return 'empty';
  if (balance <= LOW_BALANCE_THRESHOLD) return 'low';
  return 'plenty';
}
