import type { CreditsCatalog, Formats, MessageOverrides } from 'inro-ai-credits';

/**
 * Acme's German, a locale the package does not ship: loaded as a chunk of Acme's own when chosen.
 * The compiler checks every key and the arguments each message takes; what is left out stays
 * English.
 */
export const de = (f: Formats): MessageOverrides<CreditsCatalog> => ({
  credits: {
    gaugeLabel: 'KI-Guthaben',
    left: (balance, granted) => `${f.number(balance)} von ${f.number(granted)} übrig`,
    low: (balance) =>
      `Fast aufgebraucht: noch ${f.plural(balance, { one: '# Guthaben', other: '# Guthaben' })}`,
    retry: 'Erneut versuchen',
  },
  billing: {
    page: { title: 'Abrechnung' },
  },
});
