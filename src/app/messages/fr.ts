import type { Translation } from '@/index';
import type { AppMessages } from './en';

const fr: Translation<AppMessages> = () => ({
  brand: 'Inrō',
  documentTitle: 'Inrō · Agent IA',
  skipToContent: 'Aller au contenu',
  sidebar: 'Barre latérale',
  mainNav: 'Menu principal',
  nav: { home: 'Accueil', activationRules: 'Règles d’activation', billing: 'Facturation' },
  collapseSidebar: 'Réduire la barre latérale',
  expandSidebar: 'Déplier la barre latérale',
  loadingPage: 'Chargement…',
  language: {
    label: 'Langue',
    automatic: 'Automatique',
    pseudoAccented: 'Pseudo-langue : accentuée et plus longue',
    pseudoRtl: 'Pseudo-langue : de droite à gauche',
  },
  home: {
    title: 'Votre agent IA',
    introPro: 'Vous êtes sur l’offre Pro : les réponses de l’IA sont incluses, sans limite.',
    introFree:
      'L’agent répond à vos messages privés Instagram. Avec l’offre gratuite, chaque action IA utilise un crédit de votre solde.',
  },
  activationRules: { title: 'Règles d’activation' },
  notFound: {
    title: 'Page introuvable',
    body: 'Il n’y a rien à cette adresse.',
    home: 'Revenir à l’accueil',
  },
  pageUnavailable: {
    title: 'Cette page ne s’est pas chargée',
    body: 'Vérifiez votre connexion, puis réessayez.',
    action: 'Réessayer',
  },
  pageCrashed: {
    title: 'Impossible d’afficher cette page',
    body: 'Un problème est survenu de notre côté. Vos crédits et vos réglages ne sont pas touchés.',
    action: 'Recharger la page',
  },
  startup: {
    title: 'L’application n’a pas pu démarrer',
    body: 'Un problème l’a arrêtée au démarrage, par exemple un scénario simulé inconnu dans l’adresse. La console du navigateur donne le détail.',
    openPlain: 'Ouvrir l’application sans les paramètres de l’adresse',
    unknownScenario: (requested, known) =>
      `Aucun scénario simulé ne s’appelle « ${requested} ». Les scénarios sont : ${known}.`,
  },
});

export default fr;
