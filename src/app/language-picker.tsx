import { useId } from 'react';
import { BUILT_IN_LOCALES, PSEUDO_ACCENTED, PSEUDO_RTL, useMessages } from '@/index';
import { appMessages } from './messages';
import { shownLanguage, useShellStore } from './shell-store';

/** The pseudo-locales are for QA and designers: offered only in builds on the mock backend. */
const OFFER_PSEUDO = import.meta.env.VITE_API_MOCK === 'on';

/** A language's own name for itself ("Français"), capitalised as a menu item. */
function ownName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * The merchant's language for the whole app, kept across reloads. "Automatic" follows the
 * browser's preferred languages.
 */
export function LanguagePicker() {
  const copy = useMessages(appMessages).language;
  const id = useId();
  const language = useShellStore(shownLanguage);
  const setLanguage = useShellStore((state) => state.setLanguage);
  const locales = BUILT_IN_LOCALES.filter(
    (locale) => OFFER_PSEUDO || (locale !== PSEUDO_ACCENTED && locale !== PSEUDO_RTL),
  );
  return (
    <div data-slot="language-picker">
      <label htmlFor={id}>{copy.label}</label>
      <select
        id={id}
        value={language ?? ''}
        onChange={(event) => setLanguage(event.currentTarget.value || null)}
      >
        <option value="">{copy.automatic}</option>
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {locale === PSEUDO_ACCENTED
              ? copy.pseudoAccented
              : locale === PSEUDO_RTL
                ? copy.pseudoRtl
                : ownName(locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
