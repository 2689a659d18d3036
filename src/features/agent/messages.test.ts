import { createElement, isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createFormats } from '@/lib/i18n/formats';
import { en } from './messages/en';
import fr from './messages/fr';

const english = en(createFormats('en'));
const french = fr(createFormats('fr'));
const COUNTS = [0, 1, 2, 5, 1000];

const text = (node: ReactNode) =>
  isValidElement(node) ? renderToStaticMarkup(node) : String(node as string);

describe('agent messages with a number', () => {
  it('counts skipped actions in English', () => {
    expect(COUNTS.map((n) => english.banner.skipped(n).split('.')[0])).toEqual([
      '0 AI actions skipped since then',
      '1 AI action skipped since then',
      '2 AI actions skipped since then',
      '5 AI actions skipped since then',
      '1,000 AI actions skipped since then',
    ]);
  });

  it('counts skipped actions in French, where 0 and 1 are singular', () => {
    expect(COUNTS.map((n) => french.banner.skipped(n).split('.')[0])).toEqual([
      '0 action IA ignorée depuis',
      '1 action IA ignorée depuis',
      '2 actions IA ignorées depuis',
      '5 actions IA ignorées depuis',
      '1\u202f000 actions IA ignorées depuis',
    ]);
  });

  it('says the new balance in both languages', () => {
    expect(COUNTS.map((n) => english.banner.restoreTitleCredits(n))).toEqual([
      'AI can run again: you have 0 credits',
      'AI can run again: you have 1 credit',
      'AI can run again: you have 2 credits',
      'AI can run again: you have 5 credits',
      'AI can run again: you have 1,000 credits',
    ]);
    expect(COUNTS.map((n) => french.banner.restoreTitleCredits(n).split('vous avez ')[1])).toEqual([
      '0 crédit',
      '1 crédit',
      '2 crédits',
      '5 crédits',
      '1\u202f000 crédits',
    ]);
  });

  it('prices a test reply at one credit', () => {
    expect(english.chat.intro(english.chat.perReply)).toContain('Each reply uses 1 credit,');
    expect(english.chat.replyCost).toBe('Used 1 credit');
    expect(french.chat.intro(french.chat.perReply)).toContain('Chaque réponse utilise 1 crédit,');
    expect(french.chat.replyCost).toBe('1 crédit utilisé');
  });
});

describe('agent sentences around a time', () => {
  const when = createElement('time', { dateTime: '2026-11-23T14:00:00Z' }, 'yesterday');
  const time = '<time dateTime="2026-11-23T14:00:00Z">yesterday</time>';

  it('keeps the time inside one sentence, where each language puts it', () => {
    expect(text(english.banner.pausedWhen(when, 'Silent'))).toBe(
      `Your free AI credits ran out ${time}, so we switched your agent to “Silent” to keep it from failing halfway through conversations.`,
    );
    expect(text(english.banner.restoreWhen(when, 'Silent', 'Loud'))).toBe(
      `Your agent has been on “Silent” since ${time}. It had “Loud” before. Nothing changes until you say so.`,
    );
    expect(text(english.form.autoSet(when, 'Silent', 'Loud'))).toBe(
      `We switched your agent to “Silent” ${time}, when your free AI credits ran out. It was on “Loud” before.`,
    );
    for (const sentence of [
      french.banner.pausedWhen(when, 'Muet'),
      french.banner.restoreWhen(when, 'Muet', 'Bavard'),
      french.form.autoSet(when, 'Muet', 'Bavard'),
    ]) {
      expect(text(sentence)).toContain(time);
      expect(text(sentence)).toContain('«\u00a0Muet\u00a0»');
    }
  });
});

/** Every string a catalog holds, with where it is, calling each message with sample values. */
function strings(messages: unknown, path = ''): [string, string][] {
  if (typeof messages === 'string') return [[path, messages]];
  if (typeof messages === 'function') {
    const args = Array.from({ length: messages.length }, () => 'X');
    return [[path, text((messages as (...a: string[]) => ReactNode)(...args))]];
  }
  return Object.entries(messages as object).flatMap(([key, value]) =>
    strings(value, `${path}.${key}`),
  );
}

describe('the French catalog', () => {
  it('has every English message, and the same number of replies per topic to pick from', () => {
    expect(strings(french).map(([path]) => path)).toEqual(strings(english).map(([path]) => path));
  });

  it('follows French typography: a no-break space before : ; ! ? and inside « »', () => {
    const wrong = strings(french).filter(([, value]) =>
      /[^\u00a0][:;!?»]|«[^\u00a0]|'/.test(value.replace(/<[^>]*>/g, '')),
    );
    expect(wrong).toEqual([]);
  });
});
