import type { Translation } from '@/lib/i18n/messages';
import type { QaPanelMessages } from './en';

const fr: Translation<QaPanelMessages> = (f) => ({
  open: 'QA',
  openLabel: 'Ouvrir le panneau QA (Alt+Maj+Q)',
  title: 'Panneau QA',
  close: 'Fermer',
  intro:
    'Pilote le backend de crédits simulé. Tout ce qui se fait ici vaut pour tous les onglets ouverts.',
  scenario: 'Scénario',
  scenarios: {
    'new-free': 'Nouveau compte, offre gratuite',
    onboarded: 'Configuration terminée, offre gratuite',
    low: 'Crédits bientôt épuisés, offre gratuite',
    exhausted: 'Crédits épuisés, agent coupé',
    pro: 'Offre Pro',
    'pro-after-exhaustion': 'Passage à Pro après épuisement des crédits',
    'promo-after-exhaustion': 'Promotion après épuisement des crédits',
    'long-history': 'Offre Pro, avec un long historique',
  },
  applyScenario: 'Réinitialiser selon le scénario',
  fire: 'Déclencher des actions IA',
  count: 'Combien',
  kind: 'Type',
  fireButton: 'Déclencher',
  promotion: 'Accorder une promotion',
  promotionName: 'Nom',
  promotionDefaultName: 'Coup de pouce de printemps',
  promotionAmount: 'Crédits',
  grant: 'Accorder',
  faults: 'Pannes',
  latency: 'Latence ajoutée (ms)',
  failureRate: 'Taux d’échec aléatoire (de 0 à 1)',
  routeFault: (route) => `Panne sur ${route}`,
  noFault: 'Aucune',
  applyFaults: 'Appliquer les pannes',
  clearFaults: 'Effacer les pannes',
  fired: (charged, skipped, unmetered) =>
    `Actions déclenchées : ${f.plural(charged, { one: '# facturée', other: '# facturées' })}, ${f.plural(skipped, { one: '# ignorée', other: '# ignorées' })}, ${f.plural(unmetered, { one: '# non décomptée', other: '# non décomptées' })}.`,
  reset: (name) => `Compte réinitialisé selon « ${name} ».`,
  granted: (name) =>
    `Promotion « ${name} » envoyée. Chaque promotion n’est accordée qu’une fois par compte.`,
  faultsApplied: 'Pannes appliquées.',
  live: {
    'this-tab':
      'Mises à jour en direct : cet onglet tient la connexion et transmet chaque événement aux autres onglets ouverts.',
    'another-tab':
      'Mises à jour en direct : un autre onglet ouvert tient la connexion ; cet onglet reçoit ses événements.',
    own: 'Mises à jour en direct : cet onglet a sa propre connexion (non partagée avec les autres onglets).',
    none: 'Mises à jour en direct : aucune connexion pour le moment.',
  },
  failed: (reason) => `Échec : ${reason}`,
});

export default fr;
