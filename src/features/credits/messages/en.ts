import type { Formats } from '@/lib/i18n/formats';

/** Every word the credits feature shows, in English (the source every locale translates). */
export const en = (f: Formats) => ({
  gaugeLabel: 'Free AI credits',
  left: (balance: number, granted: number) => `${f.number(balance)} of ${f.number(granted)} left`,
  leftCompact: (balance: number, granted: number) => `${f.number(balance)}/${f.number(granted)}`,
  valueText: (balance: number, granted: number) =>
    `${f.number(balance)} of ${f.plural(granted, { one: '# free AI credit', other: '# free AI credits' })} left`,
  low: (balance: number) =>
    `Running low: ${f.plural(balance, { one: '# credit', other: '# credits' })} left`,
  empty: 'Out of credits: AI is off',
  earnMore: (credits: number) =>
    `Finish setup to earn ${f.plural(credits, { one: '# more credit', other: '# more credits' })}`,
  stale: 'May be out of date: the credit service cannot be reached right now.',
  staleShort: 'May be out of date',
  loading: 'Loading your AI credits',
  error: 'Could not load your credits.',
  retry: 'Try again',
  opensBilling: 'Open billing',
  explainer:
    'Each time AI works for you, one credit is used: an agent reply, a detected intent or contact detail, an AI step in a scenario, a Shopify suggestion, or a test chat.',
  announceLow: (balance: number) =>
    `Your free AI credits are running low: ${f.plural(balance, { one: '# credit', other: '# credits' })} left.`,
  announceEmpty: 'Your free AI credits have run out. AI is now off.',
});

export type CreditsMessages = ReturnType<typeof en>;
