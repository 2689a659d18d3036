import type { LedgerEntryDto } from '@/contract/schemas';
import { ONBOARDING_STEPS } from '@/domain/credits';
import { modeName } from '@/lib/activation-mode-names';
import { entryCopy as copy, kindCopy, planCopy } from '../copy';

export interface EntryWords {
  title: string;
  detail: string;
  /** The change to the balance as a sign and a number ("+10", "−1"), or null when there is none. */
  amount: string | null;
  /** What kind of line this is, for its look; the words above say the same. */
  tone: 'added' | 'used' | 'skipped' | 'included' | 'change';
}

/** The ledger keeps only a step's id; the checklist's own title reads better. */
export function stepTitle(stepId: string | null): string {
  return ONBOARDING_STEPS.find((step) => step.id === stepId)?.title ?? stepId ?? copy.unknownStep;
}

/** One ledger entry in plain words. */
export function describeEntry(entry: LedgerEntryDto): EntryWords {
  switch (entry.type) {
    case 'grant': {
      const added = copy.added(entry.amount);
      const amount = copy.plus(entry.amount);
      switch (entry.source) {
        case 'starter':
          return {
            title: copy.starterTitle,
            detail: copy.starterDetail(added),
            amount,
            tone: 'added',
          };
        case 'onboarding':
          return {
            title: copy.onboardingTitle(stepTitle(entry.detail)),
            detail: copy.onboardingDetail(added),
            amount,
            tone: 'added',
          };
        case 'promotion':
          return {
            title: copy.promotionTitle(entry.detail ?? copy.unnamedPromotion),
            detail: copy.promotionDetail(added),
            amount,
            tone: 'added',
          };
      }
      break;
    }
    case 'ai_action': {
      const title = kindCopy[entry.kind].name;
      switch (entry.outcome) {
        case 'charged':
          return { title, detail: copy.charged, amount: copy.minusOne, tone: 'used' };
        case 'unmetered':
          return { title, detail: copy.unmetered, amount: null, tone: 'included' };
        case 'skipped':
          return {
            title,
            detail:
              entry.skipReason === 'agent_disabled'
                ? copy.skippedAgentDisabled
                : copy.skippedNoCredits,
            amount: null,
            tone: 'skipped',
          };
      }
      break;
    }
    case 'plan_changed':
      return entry.to === 'pro'
        ? { title: copy.planTitle(planCopy.pro), detail: copy.toPro, amount: null, tone: 'change' }
        : {
            title: copy.planTitle(planCopy.free),
            detail: copy.toFree,
            amount: null,
            tone: 'change',
          };
    case 'mode_changed':
      return entry.by === 'system'
        ? {
            title: copy.systemModeTitle(modeName(entry.to)),
            detail: copy.systemModeDetail(modeName(entry.from)),
            amount: null,
            tone: 'change',
          }
        : {
            title: copy.personModeTitle(modeName(entry.to)),
            detail: copy.personModeDetail(modeName(entry.from)),
            amount: null,
            tone: 'change',
          };
  }
}
