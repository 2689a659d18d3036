import type { LedgerEntryDto } from '@/contract/schemas';
import { SILENT_MODE } from '@/domain/activation-modes';
import type { CommonMessages } from '@/lib/i18n/common/en';
import type { BillingMessages } from '../messages/en';

export interface EntryWords {
  title: string;
  detail: string;
  /** The change to the balance as a sign and a number ("+10", "−1"), or null when there is none. */
  amount: string | null;
  /** What kind of line this is, for its look; the words above say the same. */
  tone: 'added' | 'used' | 'skipped' | 'included' | 'change';
}

/** Our words for a checklist step, by its id; undefined for a step the catalog does not name. */
export function knownStepTitle(
  stepId: string,
  steps: BillingMessages['steps'],
): string | undefined {
  return Object.hasOwn(steps, stepId) ? steps[stepId as keyof typeof steps] : undefined;
}

/** The ledger keeps only a step's id: the checklist's title reads better, else the id itself. */
export function stepTitle(stepId: string | null, copy: BillingMessages): string {
  return (
    (stepId === null ? undefined : knownStepTitle(stepId, copy.steps)) ??
    stepId ??
    copy.entry.unknownStep
  );
}

/** One ledger entry in plain words; `modes` names the activation modes (common catalog). */
export function describeEntry(
  entry: LedgerEntryDto,
  copy: BillingMessages,
  modes: CommonMessages['modes'],
): EntryWords {
  const words = copy.entry;
  switch (entry.type) {
    case 'grant': {
      const amount = words.plus(entry.amount);
      switch (entry.source) {
        case 'starter':
          return {
            title: words.starterTitle,
            detail: words.starterDetail(entry.amount),
            amount,
            tone: 'added',
          };
        case 'onboarding':
          return {
            title: words.onboardingTitle(stepTitle(entry.detail, copy)),
            detail: words.onboardingDetail(entry.amount),
            amount,
            tone: 'added',
          };
        case 'promotion':
          return {
            title: words.promotionTitle(entry.detail ?? words.unnamedPromotion),
            detail: words.promotionDetail(entry.amount),
            amount,
            tone: 'added',
          };
      }
      break;
    }
    case 'ai_action': {
      const title = copy.kinds[entry.kind].name;
      switch (entry.outcome) {
        case 'charged':
          return { title, detail: words.charged, amount: words.minusOne, tone: 'used' };
        case 'unmetered':
          return { title, detail: words.unmetered, amount: null, tone: 'included' };
        case 'skipped':
          return {
            title,
            detail:
              entry.skipReason === 'agent_disabled'
                ? words.skippedAgentDisabled(modes[SILENT_MODE])
                : words.skippedNoCredits,
            amount: null,
            tone: 'skipped',
          };
      }
      break;
    }
    case 'plan_changed':
      return {
        title: words.planTitle[entry.to],
        detail: entry.to === 'pro' ? words.toPro : words.toFree,
        amount: null,
        tone: 'change',
      };
    case 'mode_changed':
      return entry.by === 'system'
        ? {
            title: words.systemModeTitle(modes[entry.to]),
            detail: words.systemModeDetail(modes[entry.from]),
            amount: null,
            tone: 'change',
          }
        : {
            title: words.personModeTitle(modes[entry.to]),
            detail: words.personModeDetail(modes[entry.from]),
            amount: null,
            tone: 'change',
          };
  }
}
