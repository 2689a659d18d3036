import { describe, expect, it } from 'vitest';
import type { LedgerEntryDto } from '@/contract/schemas';
import { ONBOARDING_STEPS } from '@/domain/credits';
import { commonMessages } from '@/lib/i18n/common';
import { createFormats } from '@/lib/i18n/formats';
import { en } from '../messages/en';
import { describeEntry, knownStepTitle, stepTitle } from './describe-entry';

const f = createFormats('en');
const copy = en(f);
const { modes } = commonMessages.en(f);

const base = { id: '1', at: '2026-11-24T14:32:00.000Z' };
const grant = (
  source: 'starter' | 'onboarding' | 'promotion',
  amount: number,
  detail: string | null,
) => ({ ...base, type: 'grant', source, amount, detail }) satisfies LedgerEntryDto;
const action = (
  outcome: 'charged' | 'unmetered' | 'skipped',
  skipReason: 'no_credits' | 'agent_disabled' | null = null,
) =>
  ({ ...base, type: 'ai_action', kind: 'dm_reply', outcome, skipReason }) satisfies LedgerEntryDto;

describe('stepTitle', () => {
  it('uses the checklist’s title, the raw id for a step it does not know, and a fallback', () => {
    expect(stepTitle('add_intent', copy)).toBe('Add your first intent');
    expect(stepTitle('retired_step', copy)).toBe('retired_step');
    expect(stepTitle(null, copy)).toBe('a step');
  });

  it('has words for every step of the checklist, and none for what an object inherits', () => {
    for (const step of ONBOARDING_STEPS) expect(knownStepTitle(step.id, copy.steps)).toBeTruthy();
    expect(knownStepTitle('toString', copy.steps)).toBeUndefined();
  });
});

describe('describeEntry', () => {
  it.each<[string, LedgerEntryDto, ReturnType<typeof describeEntry>]>([
    [
      'the starter pool',
      grant('starter', 50, null),
      {
        title: 'Starter credits',
        detail: '50 credits added: every new Free account starts with these.',
        amount: '+50',
        tone: 'added',
      },
    ],
    [
      'an onboarding step',
      grant('onboarding', 10, 'connect_instagram'),
      {
        title: 'Onboarding: Connect your Instagram account',
        detail: '10 credits added for finishing this step.',
        amount: '+10',
        tone: 'added',
      },
    ],
    [
      'a named promotion',
      grant('promotion', 1, 'Black Friday'),
      {
        title: 'Promotion: Black Friday',
        detail: '1 credit added by a promotion.',
        amount: '+1',
        tone: 'added',
      },
    ],
    [
      'a promotion with no name',
      grant('promotion', 20, null),
      {
        title: 'Promotion: special offer',
        detail: '20 credits added by a promotion.',
        amount: '+20',
        tone: 'added',
      },
    ],
    [
      'a charged action',
      action('charged'),
      { title: 'Agent reply to a DM', detail: '1 credit used.', amount: '−1', tone: 'used' },
    ],
    [
      'an action on Pro',
      action('unmetered'),
      {
        title: 'Agent reply to a DM',
        detail: 'Included in Pro: no credit used.',
        amount: null,
        tone: 'included',
      },
    ],
    [
      'an action skipped for the silent mode',
      action('skipped', 'agent_disabled'),
      {
        title: 'Agent reply to a DM',
        detail: 'Skipped, nothing used: the agent was set to “Disable all replies”.',
        amount: null,
        tone: 'skipped',
      },
    ],
    [
      'an action skipped for want of credits',
      action('skipped', 'no_credits'),
      {
        title: 'Agent reply to a DM',
        detail: 'Skipped, nothing used: there were no credits left, so AI was off.',
        amount: null,
        tone: 'skipped',
      },
    ],
    [
      'the move to Pro',
      { ...base, type: 'plan_changed', from: 'free', to: 'pro' },
      {
        title: 'Plan changed to Pro',
        detail: 'From Free to Pro: AI is included with no limits from here on.',
        amount: null,
        tone: 'change',
      },
    ],
    [
      'the move back to Free',
      { ...base, type: 'plan_changed', from: 'pro', to: 'free' },
      {
        title: 'Plan changed to Free',
        detail: 'From Pro to Free: AI runs on credits from here on.',
        amount: null,
        tone: 'change',
      },
    ],
    [
      'the switch when credits ran out',
      {
        ...base,
        type: 'mode_changed',
        from: 'all_pending',
        to: 'disable_all_replies',
        by: 'system',
      },
      {
        title: 'Agent switched to “Disable all replies”',
        detail: 'Done automatically when the credits ran out. It was on “All pending messages”.',
        amount: null,
        tone: 'change',
      },
    ],
    [
      'a mode set by the merchant',
      {
        ...base,
        type: 'mode_changed',
        from: 'disable_all_replies',
        to: 'automation_only',
        by: 'merchant',
      },
      {
        title: 'Agent mode set to “Automation only”',
        detail: 'Changed by you, from “Disable all replies”.',
        amount: null,
        tone: 'change',
      },
    ],
  ])('says %s', (_name, entry, words) => {
    expect(describeEntry(entry, copy, modes)).toEqual(words);
  });
});
