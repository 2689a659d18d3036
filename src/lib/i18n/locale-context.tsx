import { Direction } from 'radix-ui';
import { createContext, use, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useHydrated } from '../scheduling/use-hydrated';
import type { Formats } from './formats';
import { isPseudoLocale, SOURCE_LOCALE } from './locales';
import {
  createLocaleState,
  resolveLocale,
  type HostMessages,
  type LocaleState,
  type MessageSource,
} from './messages';

let pseudoCode: Promise<typeof import('./pseudo')> | undefined;
const loadPseudo = () => (pseudoCode ??= import('./pseudo'));

const LocaleContext = createContext<LocaleState | null>(null);

/**
 * One state per host messages and locale, kept outside render: a render that suspends on a
 * locale's chunk is thrown away, memos with it, and its retry must find the same promise (React
 * asks for a cached one) or it would suspend forever.
 */
const states = new WeakMap<object, Map<string, LocaleState>>();
const NO_HOST = {};

function localeState(
  locale: string,
  messagesLocale: string,
  host: HostMessages<unknown> | undefined,
  pseudo: typeof import('./pseudo') | undefined,
): LocaleState {
  let byLocale = states.get(host ?? NO_HOST);
  if (!byLocale) states.set(host ?? NO_HOST, (byLocale = new Map<string, LocaleState>()));
  const key = `${locale}|${messagesLocale}`;
  let state = byLocale.get(key);
  if (!state) byLocale.set(key, (state = createLocaleState(locale, messagesLocale, host, pseudo)));
  return state;
}

/** Outside any provider (the startup error), English from the same cache. */
function useLocaleState(): LocaleState {
  return use(LocaleContext) ?? localeState(SOURCE_LOCALE, SOURCE_LOCALE, undefined, undefined);
}

/** The words of one catalog in the active locale; suspends while that locale's chunk loads. */
export function useMessages<M>(source: MessageSource<M>): M {
  const messages = useLocaleState().messages(source);
  return messages instanceof Promise ? use(messages) : messages;
}

/** Numbers, plurals, dates and lists in the active locale. */
export function useFormats(): Formats {
  return useLocaleState().formats;
}

/** The locale shown. */
export type ActiveLocale = Pick<LocaleState, 'locale' | 'messagesLocale' | 'dir'>;

/** The active locale: `locale` for `lang` and `Intl`, `dir` for the page's direction. */
export function useLocale(): ActiveLocale {
  const { locale, messagesLocale, dir } = useLocaleState();
  return { locale, messagesLocale, dir };
}

/**
 * Chooses the locale and gives it to everything inside. The browser's languages are read only
 * once hydrated (the server cannot know them). A change of locale keeps the current words on
 * screen until the new locale's messages have loaded.
 */
export function LocaleProvider({
  locale: asked,
  messages: host,
  children,
}: {
  locale: string | undefined;
  messages: HostMessages<unknown> | undefined;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const hostLocales = useMemo(() => Object.keys(host ?? {}), [host]);
  const resolved = useMemo(
    () =>
      asked === undefined && !hydrated
        ? { locale: SOURCE_LOCALE, messagesLocale: SOURCE_LOCALE }
        : resolveLocale(asked, asked === undefined ? navigator.languages : [], hostLocales),
    [asked, hydrated, hostLocales],
  );
  const { locale: shownLocale, messagesLocale: shownMessages } = useDeferredValue(resolved);
  const pseudo = isPseudoLocale(shownMessages) ? use(loadPseudo()) : undefined;
  const state = localeState(shownLocale, shownMessages, host, pseudo);
  return (
    <LocaleContext value={state}>
      <Direction.Provider dir={state.dir}>{children}</Direction.Provider>
    </LocaleContext>
  );
}
