import type { ReactNode } from 'react';
import type { ActivationMode } from '@/domain/activation-modes';
import type { Formats } from '@/lib/i18n/formats';
import { rich } from '@/lib/i18n/messages';

/**
 * Every word the agent feature shows, in English (the source every locale translates). The modes'
 * names are shared words (`commonMessages`): messages that name a mode take it as a parameter.
 * `when` is a <time> element ("yesterday", its exact time in its title), placed by the sentence.
 */
export const en = (f: Formats) => ({
  /** What each mode does. */
  modeDescriptions: {
    all_pending: 'Replies to every DM that none of your running scenarios has already handled.',
    specific_intents:
      'Replies only when a message matches one of your intents. New agents start here.',
    automation_only:
      'Never replies on its own. It acts only when one of your automations calls it.',
    disable_all_replies:
      'Stays silent everywhere: no replies to DMs, and its steps in your scenarios are skipped.',
  } satisfies Record<ActivationMode, string>,

  banner: {
    pausedTitle: 'Your AI Agent is paused: your free AI credits ran out',
    pausedSummary: 'Agent paused: out of free AI credits',
    pausedWhen: (when: ReactNode, silentMode: string) =>
      rich`Your free AI credits ran out ${when}, so we switched your agent to “${silentMode}” to keep it from failing halfway through conversations.`,
    stoppedHeading: 'What has stopped',
    stoppedReplies: 'It does not reply to DMs.',
    stoppedScenarios: 'AI steps in your scenarios are skipped.',
    skippedNone: 'No AI actions have been skipped yet.',
    skipped: (count: number) =>
      f.plural(count, {
        one: '# AI action skipped since then. Skipped actions cost nothing.',
        other: '# AI actions skipped since then. Skipped actions cost nothing.',
      }),
    nothingDeleted:
      'Nothing was deleted: your scenarios, intents and settings are exactly as you left them.',
    whatToDo: (previousMode: string) =>
      `Upgrade to Pro for AI with no limits. When AI can run again, you can turn “${previousMode}” back on in one click.`,
    upgrade: 'Upgrade to Pro',
    activationRules: 'About activation rules',

    restoreTitleCredits: (balance: number) =>
      `AI can run again: you have ${f.plural(balance, { one: '# credit', other: '# credits' })}`,
    restoreTitlePro: 'AI can run again: you are on Pro',
    restoreTitleGeneric: 'AI can run again',
    restoreSummary: 'AI can run again. Your agent is still paused.',
    restoreWhen: (when: ReactNode, silentMode: string, previousMode: string) =>
      rich`Your agent has been on “${silentMode}” since ${when}. It had “${previousMode}” before. Nothing changes until you say so.`,
    restore: (previousMode: string) => `Turn “${previousMode}” back on`,
    restoring: (previousMode: string) => `Turning “${previousMode}” back on…`,
    restoreFailed: (reason: string) => `Your agent is still paused: ${reason}`,
    restored: (mode: string) => `Done: your agent is back on “${mode}”.`,
    chooseAnother: 'Choose another mode',

    expand: 'Show details',
    collapse: 'Hide details',
    /** The title of a relative time: its exact date and time. */
    exactTime: (exact: string) => `On ${exact}`,
  },

  form: {
    title: 'When your agent replies',
    intro: 'Your agent uses exactly one of these modes at a time.',
    current: 'Current',
    save: 'Save mode',
    saving: 'Saving…',
    saved: (mode: string) => `Saved: your agent is on “${mode}”.`,
    unchanged: 'This is already your agent’s mode.',
    saveFailed: (reason: string) => `Your change was not saved: ${reason}`,
    autoSetTitle: 'Set automatically',
    autoSet: (when: ReactNode, silentMode: string, previousMode: string) =>
      rich`We switched your agent to “${silentMode}” ${when}, when your free AI credits ran out. It was on “${previousMode}” before.`,
    autoSetCanRestore: 'AI can run again, so you can choose any mode below.',
    autoSetNeedsCredits:
      'Until you have credits again or move to Pro, only this mode can be saved.',
    refusedTitle: 'This mode needs AI credits',
    refused: (mode: string, silentMode: string) =>
      `“${mode}” replies to people, and replying uses AI. You have no free AI credits left, so your agent could not answer anyone. Upgrade to Pro, or keep “${silentMode}” for now.`,
    upgrade: 'Upgrade to Pro',
    loading: 'Loading your agent’s settings',
    loadFailed: 'Could not load your agent’s settings.',
    retry: 'Try again',
  },

  chat: {
    title: 'Try your agent',
    intro: (cost: string) =>
      `Write as a customer would and see how your agent answers. Each reply uses ${cost}, just like a real one.`,
    perReply: f.plural(1, { one: '# credit', other: '# credits' }),
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
    replyCost: f.plural(1, { one: 'Used # credit', other: 'Used # credits' }),
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
    /**
     * The mock agent's answers, by topic: it has no real AI, so it picks one of these. Said to the
     * customer, so in their language; each topic needs at least two (the agent never repeats itself).
     */
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
    } satisfies Record<string, readonly string[]>,
  },
});

export type AgentMessages = ReturnType<typeof en>;
