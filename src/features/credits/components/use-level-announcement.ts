import { useState } from 'react';
import { creditLevel, type CreditLevel } from '@/domain/account';
import { creditsCopy as copy } from '../copy';

/**
 * What the polite live region should say: once when the balance crosses into low, once when it
 * reaches zero. The first value seen is the starting point, not news, so loading a page that is
 * already low announces nothing.
 */
export function useLevelAnnouncement(balance: number | null | undefined): string {
  const [seen, setSeen] = useState<{ level: CreditLevel | null; message: string }>({
    level: null,
    message: '',
  });
  const level = balance === undefined ? null : creditLevel(balance);

  if (level !== null && level !== seen.level) {
    const worse = seen.level !== null && rank(level) > rank(seen.level);
    const message =
      worse && level === 'low'
        ? copy.announceLow(balance ?? 0)
        : worse && level === 'empty'
          ? copy.announceEmpty
          : seen.message;
    // Adjusting state while rendering, as React documents for values derived from a prop change.
    setSeen({ level, message });
    return message;
  }
  return seen.message;
}

function rank(level: CreditLevel): number {
  return { unmetered: 0, plenty: 1, low: 2, empty: 3 }[level];
}
