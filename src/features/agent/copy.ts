import { SILENT_MODE, type ActivationMode } from '@/domain/activation-modes';
import { modeName } from '@/lib/activation-mode-names';
import { formatCount } from '@/lib/format';

/** Every word the agent feature shows, in one place, so a translation is a later step. */

/** What each mode does; the modes' names live in lib/activation-mode-names. */
export const modeDescriptions: Record<ActivationMode, string> = {
  all_pending: 'Replies to every DM that none of your running scenarios has already handled.',
  specific_intents:
    'Replies only when a message matches one of your intents. New agents start here.',
  automation_only: 'Never replies on its own. It acts only when one of your automations calls it.',
  disable_all_replies:
    'Stays silent everywhere: no replies to DMs, and its steps in your scenarios are skipped.',
};

export const bannerCopy = {
  pausedTitle: 'Your AI Agent is paused: your free AI credits ran out',
  pausedSummary: 'Agent paused: out of free AI credits',
  /** `when` is a relative time ("yesterday"), shown inside a <time> element. */
  pausedWhenBefore: 'Your free AI credits ran out ',
  pausedWhenAfter: (silentMode: string) =>
    `, so we switched your agent to “${silentMode}” to keep it from failing halfway through conversations.`,
  stoppedHeading: 'What has stopped',
  stoppedReplies: 'It does not reply to DMs.',
  stoppedScenarios: 'AI steps in your scenarios are skipped.',
  skippedNone: 'No AI actions have been skipped yet.',
  skipped: (count: number) =>
    `${formatCount(count, 'AI action')} skipped since then. Skipped actions cost nothing.`,
  nothingDeleted:
    'Nothing was deleted: your scenarios, intents and settings are exactly as you left them.',
  whatToDo: (previousMode: string) =>
    `Upgrade to Pro for AI with no limits. When AI can run again, you can turn “${previousMode}” back on in one click.`,
  upgrade: 'Upgrade to Pro',
  activationRules: 'About activation rules',

  restoreTitleCredits: (balance: number) =>
    `AI can run again: you have ${formatCount(balance, 'credit')}`,
  restoreTitlePro: 'AI can run again: you are on Pro',
  restoreTitleGeneric: 'AI can run again',
  restoreSummary: 'AI can run again. Your agent is still paused.',
  restoreWhenBefore: 'Your agent has been on “',
  restoreWhenMiddle: (silentMode: string) => `${silentMode}” since `,
  restoreWhenAfter: (previousMode: string) =>
    `. It had “${previousMode}” before. Nothing changes until you say so.`,
  restore: (previousMode: string) => `Turn “${previousMode}” back on`,
  restoring: (previousMode: string) => `Turning “${previousMode}” back on…`,
  restoreFailed: (reason: string) => `Your agent is still paused: ${reason}`,
  restored: (mode: string) => `Done: your agent is back on “${mode}”.`,
  chooseAnother: 'Choose another mode',

  expand: 'Show details',
  collapse: 'Hide details',
  exactTime: (exact: string) => `On ${exact}`,
};

export const formCopy = {
  title: 'When your agent replies',
  intro: 'Your agent uses exactly one of these modes at a time.',
  current: 'Current',
  save: 'Save mode',
  saving: 'Saving…',
  saved: (mode: string) => `Saved: your agent is on “${mode}”.`,
  unchanged: 'This is already your agent’s mode.',
  saveFailed: (reason: string) => `Your change was not saved: ${reason}`,
  autoSetTitle: 'Set automatically',
  autoSetBefore: (silentMode: string) => `We switched your agent to “${silentMode}” `,
  autoSetAfter: (previousMode: string) =>
    `, when your free AI credits ran out. It was on “${previousMode}” before.`,
  autoSetCanRestore: 'AI can run again, so you can choose any mode below.',
  autoSetNeedsCredits: 'Until you have credits again or move to Pro, only this mode can be saved.',
  refusedTitle: 'This mode needs AI credits',
  refused: (mode: string) =>
    `“${mode}” replies to people, and replying uses AI. You have no free AI credits left, so your agent could not answer anyone. Upgrade to Pro, or keep “${modeName(SILENT_MODE)}” for now.`,
  upgrade: 'Upgrade to Pro',
  loading: 'Loading your agent’s settings',
  loadFailed: 'Could not load your agent’s settings.',
  retry: 'Try again',
};

export const chatCopy = {
  title: 'Try your agent',
  intro: (cost: string) =>
    `Write as a customer would and see how your agent answers. Each reply uses ${cost}, just like a real one.`,
  perReply: formatCount(1, 'credit'),
  proIntro: 'Write as a customer would and see how your agent answers. Included in Pro.',
  logLabel: 'Test conversation',
  empty: 'No messages yet. Try “Do you ship abroad?” or “How much is it?”',
  you: 'You',
  agent: 'Your agent',
  notice: 'Note',
  typing: 'Your agent is writing…',
  inputLabel: 'Message to your agent',
  placeholder: 'Ask something a customer would',
  send: 'Send',
  sending: 'Sending…',
  replyCost: `Used ${formatCount(1, 'credit')}`,
  replyIncluded: 'Included in Pro',
  failed: (reason: string) =>
    `Your agent did not answer, and no credit was used: ${reason} Your balance is back where it was.`,
  /** No answer, or a failure on the service's side: the spend may or may not have been recorded. */
  failedUnsure:
    'Your agent did not answer, and the credit service did not confirm the spend, so we cannot tell yet whether a credit was used. Your balance shows what the service last told us. Trying again is safe: the same message is never charged twice.',
  retry: 'Try again',
  pausedTitle: 'Replies are paused',
  paused:
    'You have no free AI credits left, so AI is off and your agent cannot answer, not even here. Nothing is sent or charged while replies are paused.',
  skipped: 'No reply: AI is off because your free AI credits ran out. Nothing was charged.',
  upgrade: 'Upgrade to Pro',
  emptyMessage: 'Write a message first.',
  /** Canned answers: the mock has no real AI, so the agent picks one of these. */
  replies: {
    greeting: [
      'Hi there! Thanks for writing. How can I help you today?',
      'Hello! Great to hear from you. What are you looking for?',
    ],
    shipping: [
      'We ship worldwide. Orders usually arrive within 3 to 7 working days.',
      'Yes, we deliver abroad! You will get a tracking link as soon as your order leaves us.',
    ],
    price: [
      'Prices are on each product page. Would you like a link to our bestsellers?',
      'Good question! Tell me which item you mean and I will send you its price.',
    ],
    order: [
      'I can help with your order. Could you send me your order number?',
      'Sorry to hear that! Share your order number and I will look into it right away.',
    ],
    other: [
      'Thanks for your message! Could you tell me a little more?',
      'Happy to help. Let me point you to the right place.',
      'Got it! A teammate can follow up, but first: is there anything specific you need?',
      'Great question. Here is what I can tell you: we answer every message within a day.',
    ],
  },
};

/** Why something did not work, in the merchant's words; completes "…: {reason}". */
export const errorCopy = {
  codes: {
    mode_needs_credits: 'this mode needs AI credits or the Pro plan.',
    restore_needs_ai: 'AI is still off. Get new credits or move to Pro first.',
    nothing_to_restore: 'there is nothing to turn back on: the mode was already changed.',
  } as Record<string, string | undefined>,
  unreachable: 'we could not reach the credit service. Please try again in a moment.',
  unknown: 'something went wrong on our side. Please try again.',
};
