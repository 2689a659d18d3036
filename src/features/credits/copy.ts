import { formatCount, formatNumber } from '@/lib/format';

/** Every word the credits feature shows, in one place, so a translation is a later step. */
export const creditsCopy = {
  gaugeLabel: 'Free AI credits',
  left: (balance: number, granted: number) =>
    `${formatNumber(balance)} of ${formatNumber(granted)} left`,
  leftCompact: (balance: number, granted: number) =>
    `${formatNumber(balance)}/${formatNumber(granted)}`,
  valueText: (balance: number, granted: number) =>
    `${formatNumber(balance)} of ${formatNumber(granted)} free AI credits left`,
  low: (balance: number) => `Running low: ${formatCount(balance, 'credit')} left`,
  empty: 'Out of credits: AI is off',
  earnMore: (credits: number) =>
    `Finish setup to earn ${formatCount(credits, 'more credit', 'more credits')}`,
  stale: 'May be out of date: the credit service cannot be reached right now.',
  staleShort: 'May be out of date',
  loading: 'Loading your AI credits',
  error: 'Could not load your credits.',
  retry: 'Try again',
  opensBilling: 'Open billing',
  explainer:
    'Each time AI works for you, one credit is used: an agent reply, a detected intent or contact detail, an AI step in a scenario, a Shopify suggestion, or a test chat.',
  announceLow: (balance: number) =>
    `Your free AI credits are running low: ${formatCount(balance, 'credit')} left.`,
  announceEmpty: 'Your free AI credits have run out. AI is now off.',
};
