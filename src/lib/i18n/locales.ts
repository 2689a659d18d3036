/** The locales the package speaks, how a preference is matched to them, and which way each writes. */

export const SOURCE_LOCALE = 'en';
/** For QA and designers: accented and about 40% longer, in brackets, so untranslated text shows. */
export const PSEUDO_ACCENTED = 'en-XA';
/** For QA and designers: laid out right to left, words mirrored, numbers left readable. */
export const PSEUDO_RTL = 'ar-XB';

export const BUILT_IN_LOCALES = [SOURCE_LOCALE, 'fr', PSEUDO_ACCENTED, PSEUDO_RTL] as const;

export const isPseudoLocale = (locale: string) =>
  locale === PSEUDO_ACCENTED || locale === PSEUDO_RTL;

/**
 * RFC 4647 lookup: the first preferred tag that is available, itself or with its last subtags
 * dropped ("fr-CA" finds "fr"). Pseudo-locales are only ever chosen by name, never matched.
 */
export function matchLocale(
  preferred: readonly string[],
  available: readonly string[],
): string | undefined {
  const known = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of preferred) {
    if (isPseudoLocale(tag)) {
      if (known.has(tag.toLowerCase())) return tag;
      continue;
    }
    const parts = tag.toLowerCase().split('-');
    for (let length = parts.length; length > 0; length--) {
      const found = known.get(parts.slice(0, length).join('-'));
      if (found && !isPseudoLocale(found)) return found;
    }
  }
  return undefined;
}

/** The languages written right to left (by their ISO 639 code), as CLDR lists them. */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ku|ps|sd|ug|ur|yi)(-|$)/i;

/** Which way a locale writes. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return locale === PSEUDO_RTL || (locale !== PSEUDO_ACCENTED && RTL.test(locale)) ? 'rtl' : 'ltr';
}
