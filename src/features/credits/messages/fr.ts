import type { Translation } from '@/lib/i18n/messages';
import type { CreditsMessages } from './en';

const fr: Translation<CreditsMessages> = (f) => ({
  gaugeLabel: 'Crédits IA offerts',
  left: (balance, granted) => `Il reste ${f.number(balance)} sur ${f.number(granted)}`,
  leftCompact: (balance, granted) => `${f.number(balance)}/${f.number(granted)}`,
  valueText: (balance, granted) =>
    `Il reste ${f.plural(balance, { one: '# crédit IA offert', other: '# crédits IA offerts' })} sur ${f.number(granted)}`,
  low: (balance) =>
    `Bientôt épuisés : plus que ${f.plural(balance, { one: '# crédit', other: '# crédits' })}`,
  empty: 'Crédits épuisés : l’IA est coupée',
  earnMore: (credits) =>
    `Terminez la configuration pour gagner ${f.plural(credits, { one: '# crédit de plus', other: '# crédits de plus' })}`,
  stale: 'Peut-être pas à jour : le service des crédits est injoignable pour le moment.',
  staleShort: 'Peut-être pas à jour',
  loading: 'Chargement de vos crédits IA',
  error: 'Impossible de charger vos crédits.',
  retry: 'Réessayer',
  opensBilling: 'Ouvrir la facturation',
  explainer:
    'Chaque fois que l’IA travaille pour vous, elle utilise un crédit : une réponse de l’agent, une intention ou une coordonnée détectée, une étape IA dans un scénario, une suggestion Shopify ou une conversation de test.',
  announceLow: (balance) =>
    `Vos crédits IA offerts sont bientôt épuisés : plus que ${f.plural(balance, { one: '# crédit', other: '# crédits' })}.`,
  announceEmpty: 'Vos crédits IA offerts sont épuisés. L’IA est désormais coupée.',
});

export default fr;
