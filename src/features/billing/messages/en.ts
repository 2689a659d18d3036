import type { ReactNode } from 'react';
import type { AiActionKind, Plan } from '@/domain/credits';
import { ONBOARDING_CREDITS_MAX, STARTER_CREDITS } from '@/domain/credits';
import type { AiActionGroupId } from '@/domain/usage';
import type { Formats } from '@/lib/i18n/formats';
import { rich } from '@/lib/i18n/messages';

/**
 * Every word the billing feature shows, in English (the source every locale translates). A
 * parameter named `mode` is an activation mode's name, from the common catalog.
 */
export const en = (f: Formats) => ({
  page: {
    title: 'Billing',
    intro: 'Your plan, your AI credits, and where they went.',
  },

  plan: {
    title: 'Your plan',
    titleFree: 'Your plan: Free',
    titlePro: 'Your plan: Pro',
    freeSummary: 'AI runs on free credits: each AI action uses one.',
    proSummary:
      'AI is included with no limits. There are no credits to count and no balance to watch.',
    welcomePro: 'You are on Pro now. AI is included with no limits.',
    loading: 'Loading your plan and credits',
    error: 'We could not load your plan and credits.',
    errorDetail: 'Nothing has changed on your account. Try again in a moment.',
    retry: 'Try again',

    /** `count` wraps the balance (shown large), `rest` what follows it. */
    balance: (
      balance: number,
      granted: number,
      count: (text: string) => ReactNode,
      rest: (text: string) => ReactNode,
    ) =>
      rich`${count(f.plural(balance, { one: '# credit left', other: '# credits left' }))} ${rest(
        `of ${f.plural(granted, { one: '# credit', other: '# credits' })} granted so far`,
      )}`,
    meterLabel: 'Credits left',
    meterValue: (balance: number, granted: number) =>
      `${f.number(balance)} of ${f.plural(granted, { one: '# credit', other: '# credits' })} left`,
    breakdownTitle: 'Where your credits came from',
    starter: 'Starter pool',
    onboarding: 'Onboarding checklist',
    onboardingEarned: (earned: number, max: number) =>
      `(${f.number(earned)} of ${f.number(max)} earned)`,
    promotions: 'Promotions',
    promotionsNone: 'None yet',
    totalGranted: 'Granted in total',
    spent: 'Used by AI actions',
    left: 'Left',
    credits: (value: number) => f.plural(value, { one: '# credit', other: '# credits' }),
    spentValue: (value: number) => `−${f.plural(value, { one: '# credit', other: '# credits' })}`,

    low: (balance: number) =>
      `Running low: ${f.plural(balance, { one: '# credit', other: '# credits' })} left. When they run out, AI turns off and the agent stops replying.`,
    empty: (mode: string) =>
      `You are out of credits. AI is off and the agent was switched to “${mode}”. Nothing was deleted.`,

    /** `perDay` is already rounded for reading. */
    forecastWithinDay: (basisDays: number, perDay: number) =>
      `At your pace over the last ${f.plural(basisDays, { one: '# day', other: '# days' })} (about ${f.plural(perDay, { one: '# credit', other: '# credits' })} a day), your credits may run out within a day.`,
    forecastDays: (basisDays: number, perDay: number, daysLeft: number) =>
      `At your pace over the last ${f.plural(basisDays, { one: '# day', other: '# days' })} (about ${f.plural(perDay, { one: '# credit', other: '# credits' })} a day), your credits last about ${f.plural(daysLeft, { one: '# more day', other: '# more days' })}.`,
    forecastUnknown:
      'No estimate yet: once you have used AI on a few days, we will show how long your credits are likely to last.',

    proMonthTitle: 'AI use this month',
    proMonthActions: (count: number) =>
      f.plural(count, { one: '# AI action', other: '# AI actions' }),
    proMonthNote: 'Counted for your information only: nothing is metered on Pro.',
    proMonthSkipped: (count: number, mode: string) =>
      `${f.plural(count, { one: '# action', other: '# actions' })} skipped while the agent was set to “${mode}”.`,
    proMonthLoading: 'Loading this month’s AI use',
    proMonthError: 'We could not load this month’s AI use.',
  },

  onboarding: {
    title: 'Earn credits: finish setting up',
    description: (max: number) =>
      `Each step you finish adds its credits once, up to ${f.number(max)} in all.`,
    meterLabel: 'Onboarding credits earned',
    meterValue: (earned: number, max: number) =>
      `${f.number(earned)} of ${f.plural(max, { one: '# onboarding credit', other: '# onboarding credits' })} earned`,
    earned: (earned: number, max: number) =>
      `${f.number(earned)} of ${f.plural(max, { one: '# credit', other: '# credits' })} earned`,
    toDo: (credits: number) =>
      `To do · +${f.plural(credits, { one: '# credit', other: '# credits' })}`,
    doneAdded: (credits: number) =>
      `Done: ${f.plural(credits, { one: '# credit', other: '# credits' })} added`,
    markDone: 'Mark as done',
    /** The button's name: its visible words, then which step (five buttons need telling apart). */
    markDoneLabel: (step: string) => `Mark as done: ${step}`,
    marking: 'Saving…',
    markingLabel: (step: string) => `Saving…: ${step}`,
    complete: (max: number) =>
      `Checklist complete: you earned all ${f.plural(max, { one: '# onboarding credit', other: '# onboarding credits' })}.`,
    failed: (step: string) => `“${step}” could not be saved, so no credits were added. Try again.`,
    loading: 'Loading your onboarding checklist',
    error: 'We could not load your onboarding checklist.',
    retry: 'Try again',
  },

  /** The checklist's steps by id; a step not named here shows the title the server sends. */
  steps: {
    connect_instagram: 'Connect your Instagram account',
    describe_business: 'Tell the agent about your business',
    add_intent: 'Add your first intent',
    build_scenario: 'Build your first scenario',
    try_test_chat: 'Talk to your agent in a test chat',
  },

  kinds: {
    dm_reply: {
      name: 'Agent reply to a DM',
      sentence: 'The agent writes and sends a reply to a DM.',
    },
    auto_like: {
      name: 'Auto-like',
      sentence: 'The agent likes a friendly message for you.',
    },
    intent_detection: {
      name: 'Intent detected',
      sentence: 'AI reads a conversation to spot what the contact wants.',
    },
    contact_property_detection: {
      name: 'Contact detail detected',
      sentence:
        'AI picks a detail about the contact out of a conversation, such as a size or an email.',
    },
    scenario_auto_dm: {
      name: 'Scenario: AI Agent auto-DM',
      sentence: 'An “AI Agent auto-DM” step starts a conversation.',
    },
    scenario_ai_message: {
      name: 'Scenario: AI Agent message',
      sentence: 'An “AI Agent message” step writes a message.',
    },
    scenario_auto_comment: {
      name: 'Scenario: AI Agent auto-comment',
      sentence: 'An “AI Agent auto-comment” step answers a comment.',
    },
    scenario_hand_over_check: {
      name: 'Scenario: Hand over to AI Agent',
      sentence: 'A “Hand over to AI Agent” step checks whether its task is done.',
    },
    scenario_ai_condition: {
      name: 'Scenario: AI-detected condition',
      sentence: 'An AI-detected condition decides which way a scenario goes.',
    },
    ask_question_match: {
      name: 'Ask a question: AI matching',
      sentence: 'With AI on, an “Ask a question” step matches the answer to your options.',
    },
    ask_information_detection: {
      name: 'Ask for information: AI detection',
      sentence: 'With AI on, an “Ask for information” step finds the detail in the answer.',
    },
    shopify_product_reply: {
      name: 'Shopify product reply',
      sentence: 'The agent suggests products from your Shopify store in a DM.',
    },
    test_chat_reply: {
      name: 'Test chat reply',
      sentence: 'The agent answers you in a test chat.',
    },
  } satisfies Record<AiActionKind, { name: string; sentence: string }>,

  groups: {
    conversations: {
      name: 'Conversations',
      summary: 'When the agent talks to your contacts, or reads their messages.',
    },
    scenarios: { name: 'Scenarios', summary: 'AI steps inside your running scenarios.' },
    question_steps: {
      name: 'Question steps',
      summary: 'The AI inside “Ask a question” and “Ask for information” steps.',
    },
    shopify: { name: 'Shopify', summary: 'Product suggestions from your store.' },
    testing: {
      name: 'Testing',
      summary: 'Test chats with your agent. Test runs of scenarios count like real runs.',
    },
  } satisfies Record<AiActionGroupId, { name: string; summary: string }>,

  uses: {
    title: 'What uses a credit',
    description:
      'Every time AI does one of these for you, it uses exactly one credit. If an action is skipped, it costs nothing.',
  },

  usage: {
    title: 'Usage history',
    chartsTitle: `The last ${f.number(14)} days`,
    dailyFree: 'Credits used per day',
    dailyPro: 'AI actions per day',
    /** `day` is already formatted ("Tue, Nov 24"). */
    dayValueFree: (day: string, count: number) =>
      `${day}: ${f.plural(count, { one: '# credit', other: '# credits' })} used`,
    dayValuePro: (day: string, count: number) =>
      `${day}: ${f.plural(count, { one: '# AI action', other: '# AI actions' })}`,
    range: (first: string, last: string) => `${first} to ${last}`,
    totalFree: (count: number) =>
      `${f.plural(count, { one: '# credit', other: '# credits' })} used in the last ${f.number(14)} days`,
    totalPro: (count: number) =>
      `${f.plural(count, { one: '# AI action', other: '# AI actions' })} in the last ${f.number(14)} days`,
    skipped: (count: number, mode: string) =>
      `${f.plural(count, { one: '# action', other: '# actions' })} skipped, at no cost: AI was off or the agent was set to “${mode}”.`,
    byKind: 'By kind',
    none: `No AI actions in the last ${f.number(14)} days. When AI works for you, each day shows here.`,
    loading: 'Loading your usage',
    error: 'We could not load your usage.',
    retry: 'Try again',
  },

  history: {
    title: 'All activity',
    description: 'Every credit added or used, every skipped action and every change, newest first.',
    filterLabel: 'Show',
    filterAll: 'All activity',
    filterGrants: 'Credits added',
    filterActions: 'All AI actions',
    filterPlan: 'Plan changes',
    filterMode: 'Agent mode changes',
    countAll: (total: number) => f.plural(total, { one: '# entry', other: '# entries' }),
    countSome: (shown: number, total: number) =>
      `Newest ${f.number(shown)} of ${f.plural(total, { one: '# entry', other: '# entries' })} loaded; scroll for older ones`,
    loadingMore: 'Loading older entries…',
    loadMoreFailed: 'Older entries could not be loaded.',
    retry: 'Try again',
    start: 'This is where your history begins.',
    empty: 'Nothing here yet. Credits added and AI actions will show up as they happen.',
    emptyFiltered: 'No entries of this kind yet.',
    loading: 'Loading your activity',
    error: 'We could not load your activity.',
  },

  /** The words of one ledger entry; `components/describe-entry.ts` picks among them. */
  entry: {
    plus: (amount: number) => `+${f.number(amount)}`,
    minusOne: `−${f.number(1)}`,
    starterTitle: 'Starter credits',
    starterDetail: (amount: number) =>
      `${f.plural(amount, { one: '# credit', other: '# credits' })} added: every new Free account starts with these.`,
    onboardingTitle: (step: string) => `Onboarding: ${step}`,
    onboardingDetail: (amount: number) =>
      `${f.plural(amount, { one: '# credit', other: '# credits' })} added for finishing this step.`,
    unknownStep: 'a step',
    promotionTitle: (name: string) => `Promotion: ${name}`,
    unnamedPromotion: 'special offer',
    promotionDetail: (amount: number) =>
      `${f.plural(amount, { one: '# credit', other: '# credits' })} added by a promotion.`,
    charged: `${f.plural(1, { one: '# credit', other: '# credits' })} used.`,
    unmetered: 'Included in Pro: no credit used.',
    skippedAgentDisabled: (mode: string) =>
      `Skipped, nothing used: the agent was set to “${mode}”.`,
    skippedNoCredits: 'Skipped, nothing used: there were no credits left, so AI was off.',
    planTitle: {
      pro: 'Plan changed to Pro',
      free: 'Plan changed to Free',
    } satisfies Record<Plan, string>,
    toPro: 'From Free to Pro: AI is included with no limits from here on.',
    toFree: 'From Pro to Free: AI runs on credits from here on.',
    systemModeTitle: (to: string) => `Agent switched to “${to}”`,
    systemModeDetail: (from: string) =>
      `Done automatically when the credits ran out. It was on “${from}”.`,
    personModeTitle: (to: string) => `Agent mode set to “${to}”`,
    personModeDetail: (from: string) => `Changed by you, from “${from}”.`,
  },

  upgrade: {
    title: 'Move to Pro: AI with no limits',
    description: 'On Pro, AI is part of your plan. Nothing to count, nothing runs out.',
    compareCaption: 'Free and Pro compared',
    feature: 'What changes',
    free: 'Free',
    pro: 'Pro',
    /** The comparison with Free, row by row (`upgrade-offer.tsx` sets their order). */
    rows: {
      perAction: {
        feature: 'Each AI action',
        free: `Uses ${f.plural(1, { one: '# credit', other: '# credits' })}`,
        pro: 'Included',
      },
      limit: {
        feature: 'Limit',
        free: `Your credits: up to ${f.number(STARTER_CREDITS + ONBOARDING_CREDITS_MAX)}, plus promotions`,
        pro: 'No limit',
      },
      runOut: {
        feature: 'When credits run out',
        free: 'AI turns off and the agent goes quiet',
        pro: 'Never happens',
      },
      gauge: {
        feature: 'Credits gauge in the sidebar',
        free: 'Shows what is left',
        pro: 'Not needed, so it goes away',
      },
    },
    cta: 'Upgrade to Pro',
    urgentLow: 'You are running low. Upgrade now and the agent never stops for credits.',
    urgentEmpty:
      'Your agent is quiet because the credits ran out. On Pro, AI runs again right away.',

    dialogTitle: 'Move to Pro?',
    dialogDescription:
      'AI becomes part of your plan: no credits, no limits, and no gauge in the sidebar.',
    dialogPoints: {
      history: 'Your history of credits stays on this page.',
      restore:
        'If the agent was switched off when credits ran out, you can turn it back on in one click.',
    },
    dialogUnavailable:
      'The upgrade window did not load, so nothing has changed. Check your connection, then press the button again.',
    cancel: 'Not now',
    confirm: 'Confirm the upgrade',
    confirming: 'Upgrading…',
    retry: 'Try the upgrade again',
    failedTitle: 'The upgrade did not go through',
    stillFree: 'You are still on Free, and nothing was charged.',
    failed: {
      network: 'We could not reach checkout. Check your connection, then try again.',
      timeout:
        'Checkout did not answer in time. If the upgrade went through, this page shows Pro in a moment; if not, trying again is safe: you can only be upgraded once.',
      unavailable: (status: number) =>
        `Checkout is having trouble right now (error ${f.number(status)}). Try again in a moment.`,
      /** `reason` is our own words for the refusal (common `errors`), never the server's. */
      refused: (reason: string) => `Checkout refused the upgrade: ${reason}`,
      unreadable:
        'Checkout answered in a way we could not read. Trying again is safe: you can only be upgraded once.',
      unknown: 'Something went wrong on our side. Try again in a moment.',
    },
  },
});

export type BillingMessages = ReturnType<typeof en>;
