import { useState } from 'react';
import { creditLevel, type CreditLevel } from '@/domain/account';
import { useMessages } from '@/lib/i18n/locale-context';
import { creditsMessages } from '../messages';

type Announced = { level: 'low'; balance: number } | { level: 'empty' } | null;

/**
 * What the polite live region should say: once when the balance crosses into low, once when it
 * reaches zero. The first value seen is the starting point, not news, so loading a page that is
 * already low announces nothing. The words are made at render, in the active locale.
 */
export function useLevelAnnouncement(balance: number | null | undefined): string {
  const copy = useMessages(creditsMessages);
  const [seen, setSeen] = useState<{ level: CreditLevel | null; announced: Announced }>({
    level: null,
    announced: null,
  });
  const level = balance === undefined ? null : creditLevel(balance);
  let { announced } = seen;

  if (level !== null && level !== seen.level) {
    const worse = seen.level !== null && rank(level) > rank(seen.level);
    if (worse && level === 'low') announced = { level, balance: balance ?? 0 };
    else if (worse && level === 'empty') announced = { level };
    // Adjusting state while rendering, as React documents for values derived from a prop change.
    setSeen({ level, announced });
  }
  if (announced === null) return '';
  return announced.level === 'low' ? copy.announceLow(announced.balance) : copy.announceEmpty;
}

function rank(level: CreditLevel): number {
  return { unmetered: 0, plenty: 1, low: 2, empty: 3 }[level];
}
