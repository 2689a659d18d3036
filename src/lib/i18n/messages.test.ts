import { createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Formats } from './formats';
import { matchLocale, textDirection } from './locales';
import {
  createLocaleState,
  defineMessages,
  resolveLocale,
  rich,
  type Translation,
} from './messages';
import * as pseudo from './pseudo';

const en = (f: Formats) => ({
  title: 'Billing',
  left: (n: number) => f.plural(n, { one: '# credit left', other: '# credits left' }),
  group: { save: 'Save' },
});
type Words = ReturnType<typeof en>;
const fr: Translation<Words> = (f) => ({
  title: 'Facturation',
  left: (n) => f.plural(n, { one: 'plus que # crédit', other: 'plus que # crédits' }),
  group: { save: 'Enregistrer' },
});
const source = () => defineMessages('words', en, { fr: () => Promise.resolve({ default: fr }) });

describe('matchLocale', () => {
  const available = ['en', 'fr', 'en-XA', 'ar-XB'];
  it.each([
    [['fr-FR', 'en'], 'fr'],
    [['de', 'fr-CA'], 'fr'],
    [['EN-gb'], 'en'],
    [['de', 'it'], undefined],
    [['en-XA'], 'en-XA'],
  ])('finds %j -> %s', (preferred, found) => {
    expect(matchLocale(preferred, available)).toBe(found);
  });
  it('never matches a pseudo-locale by its language', () => {
    expect(matchLocale(['ar-EG'], available)).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('keeps the asked tag for formats and matches the messages', () => {
    expect(resolveLocale('fr-CA', [])).toEqual({ locale: 'fr-CA', messagesLocale: 'fr' });
  });
  it('falls back to the browser preference, then English', () => {
    expect(resolveLocale(undefined, ['de-DE', 'fr'])).toEqual({
      locale: 'fr',
      messagesLocale: 'fr',
    });
    expect(resolveLocale(undefined, ['de-DE'])).toEqual({ locale: 'en', messagesLocale: 'en' });
    expect(resolveLocale('de', ['fr'])).toEqual({ locale: 'en', messagesLocale: 'en' });
  });
  it('knows a locale a host added', () => {
    expect(resolveLocale('de-AT', [], ['de'])).toEqual({ locale: 'de-AT', messagesLocale: 'de' });
  });
  it('formats a pseudo-locale in its base', () => {
    expect(resolveLocale('ar-XB', [])).toEqual({ locale: 'ar-XB', messagesLocale: 'ar-XB' });
  });
});

describe('textDirection', () => {
  it.each([
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['ar-XB', 'rtl'],
    ['en-XA', 'ltr'],
  ])('%s writes %s', (locale, dir) => {
    expect(textDirection(locale)).toBe(dir);
  });
});

describe('createLocaleState', () => {
  it('gives English at once, with its plurals', () => {
    const words = createLocaleState('en', 'en', undefined).messages(source()) as Words;
    expect([words.title, words.left(1), words.left(1000)]).toEqual([
      'Billing',
      '1 credit left',
      '1,000 credits left',
    ]);
  });

  it('loads another locale once, then gives it at once', async () => {
    const state = createLocaleState('fr', 'fr', undefined);
    const words = source();
    const pending = state.messages(words);
    expect(pending).toBeInstanceOf(Promise);
    expect(state.messages(words)).toBe(pending);
    const loaded = await pending;
    // The same promise, marked fulfilled for React's `use`, which then reads it at once.
    expect(state.messages(words)).toBe(pending);
    expect(pending).toMatchObject({ status: 'fulfilled', value: loaded });
    expect([loaded.title, loaded.left(0), loaded.left(2), loaded.left(1000)]).toEqual([
      'Facturation',
      'plus que 0 crédit',
      'plus que 2 crédits',
      'plus que 1\u202f000 crédits',
    ]);
  });

  it('shows English when a locale’s chunk does not load', async () => {
    const failing = defineMessages('words', en, { fr: () => Promise.reject(new Error('offline')) });
    const words = await createLocaleState('fr', 'fr', undefined).messages(failing);
    expect(words.title).toBe('Billing');
  });

  it('takes a host’s message over ours, leaving the rest', () => {
    const words = createLocaleState('en', 'en', {
      en: () => ({ words: { title: 'Plan & credits', group: {} } }),
    }).messages(source()) as Words;
    expect([words.title, words.group.save, words.left(2)]).toEqual([
      'Plan & credits',
      'Save',
      '2 credits left',
    ]);
  });

  it('takes a host’s locale of its own, with that locale’s formats', async () => {
    const state = createLocaleState('de', 'de', {
      de: (f) =>
        Promise.resolve({
          words: {
            title: 'Abrechnung',
            left: (n: number) => f.plural(n, { one: '# Guthaben', other: '# Guthaben' }),
          },
        }),
    });
    const words = await state.messages(source());
    expect([words.title, words.left(1234), words.group.save]).toEqual([
      'Abrechnung',
      '1.234 Guthaben',
      'Save',
    ]);
  });

  it('keeps ours when a host’s messages fail to load, and says so', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const state = createLocaleState('en', 'en', { en: () => Promise.reject(new Error('404')) });
    expect((await state.messages(source())).title).toBe('Billing');
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('makes the pseudo-locales from English', () => {
    const accented = createLocaleState('en-XA', 'en-XA', undefined, pseudo);
    const words = accented.messages(source()) as Words;
    expect(words.title).toBe('[Ɓîîļļîîñĝ]');
    expect(words.left(2)).toMatch(/^\[2 çŕéé/);
    expect(accented.dir).toBe('ltr');
    const mirrored = createLocaleState('ar-XB', 'ar-XB', undefined, pseudo);
    expect((mirrored.messages(source()) as Words).left(12)).toBe(
      '12 \u202Ecredits\u202C \u202Eleft\u202C',
    );
    expect(mirrored.dir).toBe('rtl');
  });
});

describe('rich', () => {
  it('is a plain string when every part is one', () => {
    expect(rich`ran out ${'yesterday'}, so`).toBe('ran out yesterday, so');
  });
  it('keeps markup inside the sentence, in the sentence’s order', () => {
    const time = createElement('time', { dateTime: '2026-12-06' }, 'yesterday');
    const node = rich`Your credits ran out ${time}.` as ReactElement<{ children: ReactNode[] }>;
    expect(isValidElement(node) && node.type === Fragment).toBe(true);
    expect(node.props.children).toEqual(['Your credits ran out ', time, '.']);
  });
  it('has its words pseudo-localized, the markup’s text too', () => {
    const time = createElement('time', null, 'yesterday');
    const node = pseudo.pseudoMessages(
      () => rich`ran out ${time}.`,
      pseudo.accent,
    )() as ReactElement<{ children: ReactElement<{ children: string }>[] }>;
    const [before, inner, after] = node.props.children as unknown as [
      string,
      ReactElement<{ children: string }>,
      string,
    ];
    expect(before).toBe('[ŕááñ ööûûţ ]');
    expect(inner.props.children).toBe('[ýýééšţééŕðááýý]');
    expect(after).toBe('.');
  });
});

describe('resolveLocale with a malformed tag', () => {
  it('formats in the matched locale instead of throwing', () => {
    expect(resolveLocale('fr-!!', [])).toEqual({ locale: 'fr', messagesLocale: 'fr' });
  });
});
