import { SILENT_MODE } from '@/domain/activation-modes';
import type { AiActionKind } from '@/domain/credits';
import type { AiActionGroupId } from '@/domain/usage';
import { modeName } from '@/lib/activation-mode-names';
import { formatCount, formatNumber } from '@/lib/format';

const silent = modeName(SILENT_MODE);

/** Every word the billing feature shows, in one place, so a translation is a later step. */

export const pageCopy = {
  title: 'Billing',
  intro: 'Your plan, your AI credits, and where they went.',
};

export const planCopy = {
  title: 'Your plan',
  free: 'Free',
  pro: 'Pro',
  freeSummary: 'AI runs on free credits: each AI action uses one.',
  proSummary:
    'AI is included with no limits. There are no credits to count and no balance to watch.',
  welcomePro: 'You are on Pro now. AI is included with no limits.',
  loading: 'Loading your plan and credits',
  error: 'We could not load your plan and credits.',
  errorDetail: 'Nothing has changed on your account. Try again in a moment.',
  retry: 'Try again',

  creditsLeft: (balance: number) => formatCount(balance, 'credit left', 'credits left'),
  ofGranted: (granted: number) => `of ${formatCount(granted, 'credit')} granted so far`,
  meterLabel: 'Credits left',
  meterValue: (balance: number, granted: number) =>
    `${formatNumber(balance)} of ${formatNumber(granted)} credits left`,
  breakdownTitle: 'Where your credits came from',
  starter: 'Starter pool',
  starterDetail: 'Every new Free account gets these.',
  onboarding: 'Onboarding checklist',
  onboardingEarned: (earned: number, max: number) =>
    `${formatNumber(earned)} of ${formatNumber(max)} earned`,
  promotions: 'Promotions',
  promotionsNone: 'None yet',
  totalGranted: 'Granted in total',
  spent: 'Used by AI actions',
  left: 'Left',
  credits: (value: number) => formatCount(value, 'credit'),
  spentValue: (value: number) => `−${formatCount(value, 'credit')}`,

  low: (balance: number) =>
    `Running low: ${formatCount(balance, 'credit')} left. When they run out, AI turns off and the agent stops replying.`,
  empty: `You are out of credits. AI is off and the agent was switched to “${silent}”. Nothing was deleted.`,

  /** `perDay` is already rounded for reading; the sentence goes on with one of the two below. */
  forecastPace: (basisDays: number, perDay: number) =>
    `At your pace over the last ${formatCount(basisDays, 'day')} (about ${formatCount(perDay, 'credit')} a day)`,
  forecastWithinDay: (pace: string) => `${pace}, your credits may run out within a day.`,
  forecastDays: (pace: string, daysLeft: number) =>
    `${pace}, your credits last about ${formatCount(daysLeft, 'more day', 'more days')}.`,

  forecastUnknown:
    'No estimate yet: once you have used AI on a few days, we will show how long your credits are likely to last.',

  proMonthTitle: 'AI use this month',
  proMonthActions: (count: number) => formatCount(count, 'AI action'),
  proMonthNote: 'Counted for your information only: nothing is metered on Pro.',
  proMonthSkipped: (count: number) =>
    `${formatCount(count, 'action')} skipped while the agent was set to “${silent}”.`,
  proMonthLoading: 'Loading this month’s AI use',
  proMonthError: 'We could not load this month’s AI use.',
};

export const onboardingCopy = {
  title: 'Earn credits: finish setting up',
  description: (max: number) =>
    `Each step you finish adds its credits once, up to ${formatNumber(max)} in all.`,
  meterLabel: 'Onboarding credits earned',
  meterValue: (earned: number, max: number) =>
    `${formatNumber(earned)} of ${formatNumber(max)} onboarding credits earned`,
  earned: (earned: number, max: number) =>
    `${formatNumber(earned)} of ${formatNumber(max)} credits earned`,
  grants: (credits: number) => `+${formatCount(credits, 'credit')}`,
  done: 'Done',
  notDone: 'To do',
  doneAdded: (credits: number) => `Done: ${formatCount(credits, 'credit')} added`,
  markDone: 'Mark as done',
  markDoneLabel: (title: string) => `Mark “${title}” as done`,
  marking: 'Saving…',
  complete: (max: number) =>
    `Checklist complete: you earned all ${formatCount(max, 'onboarding credit')}.`,
  failed: (title: string) => `“${title}” could not be saved, so no credits were added. Try again.`,
  loading: 'Loading your onboarding checklist',
  error: 'We could not load your onboarding checklist.',
  retry: 'Try again',
};

export const kindCopy: Record<AiActionKind, { name: string; sentence: string }> = {
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
};

export const groupCopy: Record<AiActionGroupId, { name: string; summary: string }> = {
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
};

export const usesCopy = {
  title: 'What uses a credit',
  description:
    'Every time AI does one of these for you, it uses exactly one credit. If an action is skipped, it costs nothing.',
};

export const usageCopy = {
  title: 'Usage history',
  chartsTitle: 'The last 14 days',
  dailyFree: 'Credits used per day',
  dailyPro: 'AI actions per day',
  dayValueFree: (day: string, count: number) => `${day}: ${formatCount(count, 'credit')} used`,
  dayValuePro: (day: string, count: number) => `${day}: ${formatCount(count, 'AI action')}`,
  range: (first: string, last: string) => `${first} to ${last}`,
  totalFree: (count: number) => `${formatCount(count, 'credit')} used in the last 14 days`,
  totalPro: (count: number) => `${formatCount(count, 'AI action')} in the last 14 days`,
  skipped: (count: number) =>
    `${formatCount(count, 'action')} skipped, at no cost: AI was off or the agent was set to “${silent}”.`,
  byKind: 'By kind',
  kindValue: (name: string, count: number) => `${name}: ${formatNumber(count)}`,
  none: 'No AI actions in the last 14 days. When AI works for you, each day shows here.',
  loading: 'Loading your usage',
  error: 'We could not load your usage.',
  retry: 'Try again',
};

export const historyCopy = {
  title: 'All activity',
  description: 'Every credit added or used, every skipped action and every change, newest first.',
  filterLabel: 'Show',
  filterAll: 'All activity',
  filterGrants: 'Credits added',
  filterActions: 'All AI actions',
  filterPlan: 'Plan changes',
  filterMode: 'Agent mode changes',
  listLabel: 'Activity, newest first',
  countAll: (total: number) => formatCount(total, 'entry', 'entries'),
  countSome: (shown: number, total: number) =>
    `Newest ${formatNumber(shown)} of ${formatCount(total, 'entry', 'entries')} loaded; scroll for older ones`,
  loadingMore: 'Loading older entries…',
  loadMoreFailed: 'Older entries could not be loaded.',
  retry: 'Try again',
  start: 'This is where your history begins.',
  empty: 'Nothing here yet. Credits added and AI actions will show up as they happen.',
  emptyFiltered: 'No entries of this kind yet.',
  loading: 'Loading your activity',
  error: 'We could not load your activity.',
};

/** The words of one ledger entry; `components/describe-entry.ts` picks among them. */
export const entryCopy = {
  added: (amount: number) => `${formatCount(amount, 'credit')} added`,
  plus: (amount: number) => `+${formatNumber(amount)}`,
  starterTitle: 'Starter credits',
  starterDetail: (added: string) => `${added}: every new Free account starts with these.`,
  onboardingTitle: (step: string) => `Onboarding: ${step}`,
  onboardingDetail: (added: string) => `${added} for finishing this step.`,
  unknownStep: 'a step',
  promotionTitle: (name: string) => `Promotion: ${name}`,
  unnamedPromotion: 'special offer',
  promotionDetail: (added: string) => `${added} by a promotion.`,
  charged: `${formatCount(1, 'credit')} used.`,
  minusOne: '−1',
  unmetered: 'Included in Pro: no credit used.',
  skippedAgentDisabled: `Skipped, nothing used: the agent was set to “${silent}”.`,
  skippedNoCredits: 'Skipped, nothing used: there were no credits left, so AI was off.',
  planTitle: (plan: string) => `Plan changed to ${plan}`,
  toPro: 'From Free to Pro: AI is included with no limits from here on.',
  toFree: 'From Pro to Free: AI runs on credits from here on.',
  systemModeTitle: (to: string) => `Agent switched to “${to}”`,
  systemModeDetail: (from: string) =>
    `Done automatically when the credits ran out. It was on “${from}”.`,
  personModeTitle: (to: string) => `Agent mode set to “${to}”`,
  personModeDetail: (from: string) => `Changed by you, from “${from}”.`,
};

export const upgradeCopy = {
  title: 'Move to Pro: AI with no limits',
  description: 'On Pro, AI is part of your plan. Nothing to count, nothing runs out.',
  compareCaption: 'Free and Pro compared',
  feature: 'What changes',
  free: 'Free',
  pro: 'Pro',
  rows: [
    {
      feature: 'Each AI action',
      free: 'Uses 1 credit',
      pro: 'Included',
    },
    {
      feature: 'Limit',
      free: 'Your credits: up to 100, plus promotions',
      pro: 'No limit',
    },
    {
      feature: 'When credits run out',
      free: 'AI turns off and the agent goes quiet',
      pro: 'Never happens',
    },
    {
      feature: 'Credits gauge in the sidebar',
      free: 'Shows what is left',
      pro: 'Not needed, so it goes away',
    },
  ],
  cta: 'Upgrade to Pro',
  urgentLow: 'You are running low. Upgrade now and the agent never stops for credits.',
  urgentEmpty: 'Your agent is quiet because the credits ran out. On Pro, AI runs again right away.',

  dialogTitle: 'Move to Pro?',
  dialogDescription:
    'AI becomes part of your plan: no credits, no limits, and no gauge in the sidebar.',
  dialogPoints: [
    'Your history of credits stays on this page.',
    'If the agent was switched off when credits ran out, you can turn it back on in one click.',
  ],
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
      `Checkout is having trouble right now (error ${status}). Try again in a moment.`,
    refused: (message: string) => `Checkout refused the upgrade: ${message}`,
    unreadable:
      'Checkout answered in a way we could not read. Trying again is safe: you can only be upgraded once.',
    unknown: 'Something went wrong on our side. Try again in a moment.',
  },
};
