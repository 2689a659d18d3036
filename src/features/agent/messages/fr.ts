import { rich, type Translation } from '@/lib/i18n/messages';
import type { AgentMessages } from './en';

const fr: Translation<AgentMessages> = (f) => ({
  modeDescriptions: {
    all_pending:
      'Répond à chaque message privé qu’aucun de vos scénarios actifs n’a déjà pris en charge.',
    specific_intents:
      'Répond uniquement quand un message correspond à l’une de vos intentions. C’est le mode de départ des nouveaux agents.',
    automation_only:
      'Ne répond jamais de lui-même. Il n’intervient que lorsqu’une de vos automatisations fait appel à lui.',
    disable_all_replies:
      'Reste silencieux partout : aucune réponse aux messages privés, et ses étapes dans vos scénarios sont ignorées.',
  },

  banner: {
    pausedTitle: 'Votre agent IA est en pause : vos crédits IA offerts sont épuisés',
    pausedSummary: 'Agent en pause : crédits IA offerts épuisés',
    pausedWhen: (when, silentMode) =>
      rich`Vos crédits IA offerts se sont épuisés ${when}. Pour que votre agent ne s’arrête pas au milieu d’une conversation, nous l’avons basculé sur « ${silentMode} ».`,
    stoppedHeading: 'Ce qui est suspendu',
    stoppedReplies: 'Il ne répond plus aux messages privés.',
    stoppedScenarios: 'Les étapes IA de vos scénarios sont ignorées.',
    skippedNone: 'Aucune action IA n’a été ignorée pour l’instant.',
    skipped: (count) =>
      f.plural(count, {
        one: '# action IA ignorée depuis. Les actions ignorées ne coûtent rien.',
        other: '# actions IA ignorées depuis. Les actions ignorées ne coûtent rien.',
      }),
    nothingDeleted:
      'Rien n’a été supprimé : vos scénarios, intentions et réglages sont exactement comme vous les avez laissés.',
    whatToDo: (previousMode) =>
      `Passez à Pro pour profiter de l’IA sans limite. Dès que l’IA pourra de nouveau fonctionner, vous pourrez réactiver « ${previousMode} » en un clic.`,
    upgrade: 'Passer à Pro',
    activationRules: 'À propos des règles d’activation',

    restoreTitleCredits: (balance) =>
      `L’IA peut de nouveau fonctionner : vous avez ${f.plural(balance, { one: '# crédit', other: '# crédits' })}`,
    restoreTitlePro: 'L’IA peut de nouveau fonctionner : vous avez l’offre Pro',
    restoreTitleGeneric: 'L’IA peut de nouveau fonctionner',
    restoreSummary: 'L’IA peut de nouveau fonctionner. Votre agent est toujours en pause.',
    restoreWhen: (when, silentMode, previousMode) =>
      rich`Votre agent a été basculé sur « ${silentMode} » ${when}. Avant, il était sur « ${previousMode} ». Rien ne changera tant que vous ne l’aurez pas décidé.`,
    restore: (previousMode) => `Réactiver « ${previousMode} »`,
    restoring: (previousMode) => `Réactivation de « ${previousMode} »…`,
    restoreFailed: (reason) => `Votre agent est toujours en pause : ${reason}`,
    restored: (mode) => `C’est fait : votre agent est de nouveau sur « ${mode} ».`,
    chooseAnother: 'Choisir un autre mode',

    expand: 'Afficher les détails',
    collapse: 'Masquer les détails',
    exactTime: (exact) => `Le ${exact}`,
  },

  form: {
    title: 'Quand votre agent répond',
    intro: 'Votre agent utilise un seul de ces modes à la fois.',
    current: 'Actuel',
    save: 'Enregistrer le mode',
    saving: 'Enregistrement…',
    saved: (mode) => `Enregistré : votre agent est sur « ${mode} ».`,
    unchanged: 'C’est déjà le mode de votre agent.',
    saveFailed: (reason) => `Votre modification n’a pas été enregistrée : ${reason}`,
    autoSetTitle: 'Choisi automatiquement',
    autoSet: (when, silentMode, previousMode) =>
      rich`Nous avons basculé votre agent sur « ${silentMode} » ${when}, quand vos crédits IA offerts se sont épuisés. Avant, il était sur « ${previousMode} ».`,
    autoSetCanRestore:
      'L’IA peut de nouveau fonctionner : vous pouvez choisir n’importe quel mode ci-dessous.',
    autoSetNeedsCredits:
      'Tant que vous n’avez pas de nouveaux crédits ou l’offre Pro, seul ce mode peut être enregistré.',
    refusedTitle: 'Ce mode demande des crédits IA',
    refused: (mode, silentMode) =>
      `« ${mode} » répond à vos clients, et chaque réponse utilise l’IA. Vous n’avez plus de crédits IA offerts : votre agent ne pourrait répondre à personne. Passez à Pro, ou gardez « ${silentMode} » pour le moment.`,
    upgrade: 'Passer à Pro',
    loading: 'Chargement des réglages de votre agent',
    loadFailed: 'Impossible de charger les réglages de votre agent.',
    retry: 'Réessayer',
  },

  chat: {
    title: 'Essayez votre agent',
    intro: (cost) =>
      `Écrivez comme le ferait un client et découvrez ce que répond votre agent. Chaque réponse utilise ${cost}, comme en conditions réelles.`,
    perReply: f.plural(1, { one: '# crédit', other: '# crédits' }),
    proIntro:
      'Écrivez comme le ferait un client et découvrez ce que répond votre agent. Inclus dans l’offre Pro.',
    logLabel: 'Conversation de test',
    empty:
      'Aucun message pour l’instant. Essayez « Livrez-vous à l’étranger ? » ou « Combien ça coûte ? »',
    you: 'Vous',
    agent: 'Votre agent',
    notice: 'Remarque',
    typing: 'Votre agent écrit…',
    inputLabel: 'Message à votre agent',
    placeholder: 'Posez une question comme le ferait un client',
    send: 'Envoyer',
    sending: 'Envoi…',
    replyCost: f.plural(1, { one: '# crédit utilisé', other: '# crédits utilisés' }),
    replyIncluded: 'Inclus dans l’offre Pro',
    failed: (reason) =>
      `Votre agent n’a pas répondu et aucun crédit n’a été utilisé : ${reason} Votre solde est revenu à son niveau précédent.`,
    failedUnsure:
      'Votre agent n’a pas répondu et le service des crédits n’a pas confirmé la dépense : nous ne savons pas encore si un crédit a été utilisé. Votre solde affiche la dernière valeur transmise par le service. Vous pouvez réessayer sans crainte : un même message n’est jamais facturé deux fois.',
    retry: 'Réessayer',
    pausedTitle: 'Réponses en pause',
    paused:
      'Vous n’avez plus de crédits IA offerts : l’IA est coupée et votre agent ne peut pas répondre, même ici. Rien n’est envoyé ni facturé tant que les réponses sont en pause.',
    skipped:
      'Pas de réponse : l’IA est coupée, car vos crédits IA offerts sont épuisés. Rien n’a été facturé.',
    upgrade: 'Passer à Pro',
    emptyMessage: 'Écrivez d’abord un message.',
    replies: {
      greeting: [
        'Bonjour ! Merci pour votre message. Comment puis-je vous aider ?',
        'Bonjour et bienvenue ! Que recherchez-vous ?',
      ],
      shipping: [
        'Nous livrons dans le monde entier. Les commandes arrivent en général sous 3 à 7 jours ouvrés.',
        'Oui, nous livrons à l’étranger ! Vous recevrez un lien de suivi dès que votre commande sera expédiée.',
      ],
      price: [
        'Les prix sont indiqués sur chaque fiche produit. Voulez-vous le lien vers nos meilleures ventes ?',
        'Bonne question ! Dites-moi de quel article il s’agit et je vous envoie son prix.',
      ],
      order: [
        'Je peux vous aider pour votre commande. Pouvez-vous m’indiquer votre numéro de commande ?',
        'Nous sommes désolés ! Donnez-moi votre numéro de commande et je m’en occupe tout de suite.',
      ],
      other: [
        'Merci pour votre message ! Pouvez-vous m’en dire un peu plus ?',
        'Avec plaisir. Je vais vous orienter vers le bon interlocuteur.',
        'Bien noté ! Un membre de l’équipe pourra vous recontacter, mais d’abord : avez-vous besoin de quelque chose en particulier ?',
        'Bonne question. Ce que je peux vous dire : nous répondons à chaque message dans la journée.',
      ],
    },
  },
});

export default fr;
