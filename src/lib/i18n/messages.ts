import { createElement, Fragment, type ReactNode } from 'react';
import { createFormats, type Formats } from './formats';
import {
  BUILT_IN_LOCALES,
  isPseudoLocale,
  matchLocale,
  PSEUDO_ACCENTED,
  SOURCE_LOCALE,
  textDirection,
} from './locales';

/**
 * A catalog: the words of one part of the package, made for a locale by a function given that
 * locale's formats. English sits beside the code that shows it; each other locale is a chunk of
 * its own, loaded only when it is the active one.
 */
export interface MessageSource<M> {
  /** The key hosts override it under: `messages={{ fr: () => ({ credits: { … } }) }}`. */
  readonly id: string;
  readonly en: Translation<M>;
  readonly translations: Readonly<Record<string, () => Promise<{ default: Translation<M> }>>>;
}

/** One locale's catalog, given that locale's formats (for plurals, numbers and dates). */
export type Translation<M> = (f: Formats) => M;

export function defineMessages<M>(
  id: string,
  en: Translation<M>,
  translations: MessageSource<M>['translations'],
): MessageSource<M> {
  return { id, en, translations };
}

/** Any part of a catalog may be replaced: a whole namespace, a group, or a single message. */
export type MessageOverrides<M> = {
  [K in keyof M]?: M[K] extends string
    ? string
    : M[K] extends (...args: never[]) => unknown
      ? M[K]
      : MessageOverrides<M[K]>;
};

/**
 * What a host adds, per locale tag: a function of that locale's formats returning the messages
 * it replaces (or, for a locale of its own, all of them), at once or as a promise.
 */
export type HostMessages<M> = Readonly<
  Record<string, (f: Formats) => MessageOverrides<M> | Promise<MessageOverrides<M>>>
>;

/**
 * A sentence with markup in it, as one message: `rich\`ran out ${<time>…</time>}, so…\``. Plain
 * strings when every part is one.
 */
export function rich(strings: TemplateStringsArray, ...values: ReactNode[]): ReactNode {
  const parts: ReactNode[] = [strings[0]];
  values.forEach((value, index) => parts.push(value, strings[index + 1]));
  if (parts.every((part) => typeof part === 'string' || typeof part === 'number')) {
    return parts.join('');
  }
  return createElement(Fragment, null, ...parts);
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function merge<M>(base: M, override: unknown): M {
  if (!isPlain(base) || !isPlain(override)) return (override ?? base) as M;
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value !== undefined) merged[key] = merge(base[key], value);
  }
  return merged as M;
}

const isPromise = <T>(value: unknown): value is Promise<T> =>
  typeof (value as Promise<T> | null)?.then === 'function';

/** The locale a provider shows, with its formats and the catalogs it has made so far. */
export interface LocaleState {
  /** The tag `Intl` formats in and the page's `lang`. */
  readonly locale: string;
  /** The tag of the messages shown (a built-in locale or a host's). */
  readonly messagesLocale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly formats: Formats;
  /** A catalog now, or the promise of it while its locale's chunk loads. */
  messages<M>(source: MessageSource<M>): M | Promise<M>;
}

/**
 * Which locale to show: the one asked for (matched to those with messages, so "fr-CA" shows the
 * French messages with Canadian formats), else the browser's first match, else English.
 */
export function resolveLocale(
  asked: string | undefined,
  preferred: readonly string[],
  hostLocales: readonly string[] = [],
): { locale: string; messagesLocale: string } {
  const available = [...BUILT_IN_LOCALES, ...hostLocales];
  for (const tag of asked === undefined ? preferred : [asked]) {
    const messagesLocale = matchLocale([tag], available);
    if (messagesLocale) {
      // The asked tag formats when it is a well-formed one ("fr-CA"); Intl throws on others.
      const wellFormed =
        !isPseudoLocale(messagesLocale) && /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(tag);
      return { locale: wellFormed ? tag : messagesLocale, messagesLocale };
    }
  }
  return { locale: SOURCE_LOCALE, messagesLocale: SOURCE_LOCALE };
}

/** A host's messages that failed to load leave ours in place, and say so in the console. */
function settle(overrides: Plain | Promise<Plain>, locale: string): Plain | Promise<Plain> {
  if (!isPromise<Plain>(overrides)) return overrides;
  return overrides.catch((error: unknown) => {
    console.error(`inro-ai-credits: the host's messages for "${locale}" did not load.`, error);
    return {};
  });
}

export function createLocaleState(
  locale: string,
  messagesLocale: string,
  host: HostMessages<unknown> | undefined,
  pseudo?: typeof import('./pseudo'),
): LocaleState {
  const pseudoTransform =
    pseudo && isPseudoLocale(messagesLocale)
      ? messagesLocale === PSEUDO_ACCENTED
        ? pseudo.accent
        : pseudo.mirror
      : undefined;
  const intlLocale = isPseudoLocale(messagesLocale) ? SOURCE_LOCALE : locale;
  const base = createFormats(intlLocale);
  const formats = pseudoTransform ? pseudo!.pseudoFormats(base, pseudoTransform) : base;
  const made = new Map<MessageSource<unknown>, unknown>();
  let hostMade: Plain | Promise<Plain> | undefined;
  const hostOverrides = () =>
    (hostMade ??= settle(host?.[messagesLocale]?.(base) ?? {}, messagesLocale));

  function make<M>(source: MessageSource<M>): M | Promise<M> {
    const load = source.translations[messagesLocale];
    const own = load
      ? load().then(
          (module) => module.default(base),
          // A chunk that did not load: English is better than nothing, and the next
          // locale change tries again.
          () => source.en(base),
        )
      : source.en(base);
    const overrides = hostOverrides();
    const finish = (messages: M, extra: Plain): M => {
      const merged = merge(messages, extra[source.id]);
      return pseudoTransform ? pseudo!.pseudoMessages(merged, pseudoTransform) : merged;
    };
    if (!isPromise(own) && !isPromise(overrides)) return finish(own, overrides);
    // Kept as the promise, marked when done as React's `use` reads it: every render then calls
    // `use` with it, at once once fulfilled (a render that suspended must call `use` again).
    const loading: Promise<M> & { status?: string; value?: M } = Promise.all([own, overrides]).then(
      ([messages, extra]) => finish(messages, extra),
    );
    void loading.then((value) => Object.assign(loading, { status: 'fulfilled', value }));
    return loading;
  }

  return {
    locale,
    messagesLocale,
    dir: textDirection(messagesLocale === SOURCE_LOCALE ? locale : messagesLocale),
    formats,
    messages<M>(source: MessageSource<M>) {
      const key = source as MessageSource<unknown>;
      if (!made.has(key)) made.set(key, make(source));
      return made.get(key) as M | Promise<M>;
    },
  };
}
