import { NO_FAULTS, type ScenarioName } from '@/contract/qa';
import { emptyAccount, type AccountState } from '@/domain/account';
import type { ActivationMode } from '@/domain/activation-modes';
import {
  completeOnboardingStep,
  grantPromotion,
  openAccount,
  runAiAction,
  setActivationMode,
  upgradeToPro,
  type Decision,
} from '@/domain/commands';
import { AI_ACTION_KINDS, ONBOARDING_STEPS, type AiActionKind } from '@/domain/credits';
import type { LedgerEvent } from '@/domain/ledger';
import type { StoredAccount } from './db/mock-db';
import { seedKey } from './idempotency-keys';

const DAY = 24 * 60 * 60 * 1000;

/** The mix of AI actions a busy account runs: mostly DM replies, some of everything else. */
const USAGE_MIX: readonly AiActionKind[] = [
  'dm_reply',
  'dm_reply',
  'dm_reply',
  'dm_reply',
  'intent_detection',
  'intent_detection',
  'auto_like',
  'scenario_ai_message',
  'scenario_auto_dm',
  'contact_property_detection',
  'ask_question_match',
  'shopify_product_reply',
  ...AI_ACTION_KINDS,
];

/**
 * Replays domain commands at chosen times, so every scenario is a state the rules can really
 * reach: no hand-written balances that could disagree with the ledger.
 */
class History {
  state: AccountState = emptyAccount();
  readonly events: LedgerEvent[] = [];
  private keys = 0;

  constructor(readonly scenario: ScenarioName) {}

  do(decision: (state: AccountState) => Decision<unknown>): this {
    const { state, events } = decision(this.state);
    this.state = state;
    this.events.push(...events);
    return this;
  }

  /** `count` actions spread evenly between two instants. */
  spend(count: number, from: number, to: number): this {
    for (let i = 0; i < count; i++) {
      const at = iso(from + ((to - from) * (i + 0.5)) / count);
      const kind = USAGE_MIX[i % USAGE_MIX.length]!;
      this.do((s) =>
        runAiAction(s, { kind, idempotencyKey: seedKey(this.scenario, ++this.keys) }, at),
      );
    }
    return this;
  }

  done(now: number): { account: StoredAccount; events: LedgerEvent[] } {
    return {
      account: {
        state: this.state,
        scenario: this.scenario,
        faults: NO_FAULTS,
        lastSeq: 0,
        revision: 0,
        epoch: 0,
        updatedAt: iso(now),
      },
      events: this.events,
    };
  }
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

function newFree(scenario: ScenarioName, now: number, daysAgo: number): History {
  return new History(scenario).do((s) => openAccount(s, iso(now - daysAgo * DAY)));
}

/** Opened `openedDaysAgo` days ago, then one onboarding step a day, then the agent's mode set. */
function onboarded(
  scenario: ScenarioName,
  now: number,
  mode: ActivationMode = 'specific_intents',
  openedDaysAgo = 20,
): History {
  const history = newFree(scenario, now, openedDaysAgo);
  ONBOARDING_STEPS.forEach((step, index) => {
    const daysAgo = openedDaysAgo - 1 - index;
    history.do((s) => completeOnboardingStep(s, step.id, iso(now - daysAgo * DAY)));
  });
  const modeSetDaysAgo = openedDaysAgo - ONBOARDING_STEPS.length - 1;
  return mode === history.state.activationMode
    ? history
    : history.do((s) => setActivationMode(s, mode, iso(now - modeSetDaysAgo * DAY)));
}

/** Spent down to 0 while on "All pending messages": the system switched the agent off yesterday. */
function exhausted(scenario: ScenarioName, now: number): History {
  return onboarded(scenario, now, 'all_pending')
    .spend(100, now - 14 * DAY, now - DAY)
    .spend(6, now - DAY + 60_000, now - 60 * 60_000);
}

export interface ScenarioOptions {
  /** `long-history` only: how many ledger entries to generate. */
  entries?: number;
}

export const LONG_HISTORY_DEFAULT_ENTRIES = 100_000;

/** The named starting points shared by the app (`?scenario=`), Storybook and Playwright. */
export function buildScenario(name: ScenarioName, now: number, options: ScenarioOptions = {}) {
  switch (name) {
    case 'new-free':
      return newFree(name, now, 0).done(now);
    case 'onboarded':
      return onboarded(name, now).done(now);
    case 'low':
      return onboarded(name, now)
        .spend(93, now - 14 * DAY, now - 60 * 60_000)
        .done(now);
    case 'exhausted':
      return exhausted(name, now).done(now);
    case 'pro':
      return onboarded(name, now)
        .spend(40, now - 14 * DAY, now - 8 * DAY)
        .do((s) => upgradeToPro(s, iso(now - 7 * DAY)))
        .spend(120, now - 7 * DAY, now - 60_000)
        .done(now);
    case 'pro-after-exhaustion':
      return exhausted(name, now)
        .do((s) => upgradeToPro(s, iso(now - 30 * 60_000)))
        .done(now);
    case 'promo-after-exhaustion':
      return exhausted(name, now)
        .do((s) =>
          grantPromotion(
            s,
            { id: 'winter-boost', name: 'Winter boost', amount: 20 },
            iso(now - 30 * 60_000),
          ),
        )
        .done(now);
    case 'long-history': {
      // A busy account on Pro: months of unmetered AI use. Free could never log this many charges.
      const total = Math.max(options.entries ?? LONG_HISTORY_DEFAULT_ENTRIES, 30);
      // Opened 210 days ago, so the ledger is in time order from its very first entry.
      const history = onboarded(name, now, 'specific_intents', 210).spend(
        20,
        now - 200 * DAY,
        now - 181 * DAY,
      );
      history.do((s) => upgradeToPro(s, iso(now - 180 * DAY)));
      return history.spend(total - history.events.length, now - 180 * DAY, now - 60_000).done(now);
    }
  }
}
