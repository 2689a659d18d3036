import type { Translation } from '../messages';
import type { CommonMessages } from './en';

const fr: Translation<CommonMessages> = () => ({
  modes: {
    all_pending: 'Tous les messages en attente',
    specific_intents: 'Intentions choisies uniquement',
    automation_only: 'Automatisations uniquement',
    disable_all_replies: 'Aucune réponse',
  },
  errors: {
    codes: {
      mode_needs_credits: 'ce mode demande des crédits IA ou l’offre Pro.',
      restore_needs_ai:
        'l’IA est toujours coupée. Obtenez de nouveaux crédits ou passez à Pro d’abord.',
      nothing_to_restore: 'il n’y a rien à réactiver : le mode a déjà été changé.',
      unknown_onboarding_step:
        'cette étape de configuration n’existe plus. Rechargez la page pour voir la liste à jour.',
      promotion_requires_free_plan: 'les promotions sont réservées à l’offre gratuite.',
      invalid_promotion_amount: 'le montant de cette promotion n’est pas valable.',
      promotion_id_reused: 'cette promotion a déjà été accordée.',
      idempotency_key_reused:
        'cette demande a déjà été envoyée avec d’autres détails. Veuillez réessayer.',
      cursor_expired:
        'la liste a changé pendant votre lecture. Rechargez-la pour voir la dernière version.',
    },
    unauthorized: 'vous êtes déconnecté. Reconnectez-vous, puis réessayez.',
    refused: 'le service des crédits a refusé cette demande. Veuillez réessayer.',
    malformed: 'le service des crédits a envoyé une réponse illisible. Réessayez dans un instant.',
    unreachable: 'impossible de joindre le service des crédits. Réessayez dans un instant.',
    unknown: 'un problème est survenu de notre côté. Veuillez réessayer.',
  },
});

export default fr;
