import { ONBOARDING_CREDITS_MAX, STARTER_CREDITS } from '@/domain/credits';
import type { Translation } from '@/lib/i18n/messages';
import { rich } from '@/lib/i18n/messages';
import type { BillingMessages } from './en';

const fr: Translation<BillingMessages> = (f) => ({
  page: {
    title: 'Facturation',
    intro: 'Votre offre, vos crédits IA et leur utilisation.',
  },

  plan: {
    title: 'Votre offre',
    titleFree: 'Votre offre : Gratuite',
    titlePro: 'Votre offre : Pro',
    freeSummary: 'L’IA fonctionne avec des crédits offerts : chaque action IA en utilise un.',
    proSummary: 'L’IA est incluse, sans limite. Aucun crédit à compter, aucun solde à surveiller.',
    welcomePro: 'Bienvenue sur l’offre Pro. L’IA est désormais incluse, sans limite.',
    loading: 'Chargement de votre offre et de vos crédits',
    error: 'Impossible de charger votre offre et vos crédits.',
    errorDetail: 'Rien n’a changé sur votre compte. Réessayez dans un instant.',
    retry: 'Réessayer',

    balance: (balance, granted, count, rest) =>
      rich`${count(f.plural(balance, { one: '# crédit restant', other: '# crédits restants' }))} ${rest(
        `sur ${f.plural(granted, { one: '# crédit accordé', other: '# crédits accordés' })} à ce jour`,
      )}`,
    meterLabel: 'Crédits restants',
    meterValue: (balance, granted) =>
      `${f.plural(balance, { one: '# crédit restant', other: '# crédits restants' })} sur ${f.number(granted)}`,
    breakdownTitle: 'D’où viennent vos crédits',
    starter: 'Crédits de départ',
    onboarding: 'Étapes de configuration',
    onboardingEarned: (earned, max) => `(${f.number(earned)} sur ${f.number(max)} gagnés)`,
    promotions: 'Promotions',
    promotionsNone: 'Aucune pour l’instant',
    totalGranted: 'Total accordé',
    spent: 'Utilisés par les actions IA',
    left: 'Solde restant',
    credits: (value) => f.plural(value, { one: '# crédit', other: '# crédits' }),
    spentValue: (value) => `−${f.plural(value, { one: '# crédit', other: '# crédits' })}`,

    low: (balance) =>
      `Crédits bientôt épuisés : plus que ${f.plural(balance, { one: '# crédit', other: '# crédits' })}. Une fois vos crédits épuisés, l’IA se coupera et l’agent cessera de répondre.`,
    empty: (mode) =>
      `Vous n’avez plus de crédits. L’IA est coupée et l’agent est passé en mode « ${mode} ». Rien n’a été supprimé.`,

    forecastWithinDay: (basisDays, perDay) =>
      `${f.plural(basisDays, { one: 'Au rythme du dernier jour', other: 'Au rythme des # derniers jours' })} (environ ${f.plural(perDay, { one: '# crédit', other: '# crédits' })} par jour), vos crédits pourraient être épuisés dans la journée.`,
    forecastDays: (basisDays, perDay, daysLeft) =>
      `${f.plural(basisDays, { one: 'Au rythme du dernier jour', other: 'Au rythme des # derniers jours' })} (environ ${f.plural(perDay, { one: '# crédit', other: '# crédits' })} par jour), vos crédits dureront encore environ ${f.plural(daysLeft, { one: '# jour', other: '# jours' })}.`,
    forecastUnknown:
      'Pas encore d’estimation : après quelques jours d’utilisation de l’IA, nous vous indiquerons combien de temps vos crédits devraient durer.',

    proMonthTitle: 'Utilisation de l’IA ce mois-ci',
    proMonthActions: (count) => f.plural(count, { one: '# action IA', other: '# actions IA' }),
    proMonthNote: 'À titre indicatif seulement : rien n’est décompté avec Pro.',
    proMonthSkipped: (count, mode) =>
      `${f.plural(count, { one: '# action non effectuée', other: '# actions non effectuées' })} pendant que l’agent était en mode « ${mode} ».`,
    proMonthLoading: 'Chargement de l’utilisation de l’IA ce mois-ci',
    proMonthError: 'Impossible de charger l’utilisation de l’IA ce mois-ci.',
  },

  onboarding: {
    title: 'Gagnez des crédits : terminez la configuration',
    description: (max) =>
      `Chaque étape terminée vous rapporte ses crédits une seule fois, jusqu’à ${f.number(max)} au total.`,
    meterLabel: 'Crédits de configuration gagnés',
    meterValue: (earned, max) =>
      `${f.number(earned)} sur ${f.plural(max, { one: '# crédit de configuration gagné', other: '# crédits de configuration gagnés' })}`,
    earned: (earned, max) =>
      `${f.number(earned)} sur ${f.plural(max, { one: '# crédit gagné', other: '# crédits gagnés' })}`,
    toDo: (credits) => `À faire · +${f.plural(credits, { one: '# crédit', other: '# crédits' })}`,
    doneAdded: (credits) =>
      `Terminé : ${f.plural(credits, { one: '# crédit ajouté', other: '# crédits ajoutés' })}`,
    markDone: 'Marquer comme terminé',
    markDoneLabel: (step) => `Marquer comme terminé : ${step}`,
    marking: 'Enregistrement…',
    markingLabel: (step) => `Enregistrement de « ${step} »…`,
    complete: (max) =>
      f.plural(max, {
        one: 'Configuration terminée : vous avez gagné votre crédit de configuration.',
        other: 'Configuration terminée : vous avez gagné les # crédits de configuration.',
      }),
    failed: (step) =>
      `L’étape « ${step} » n’a pas pu être enregistrée : aucun crédit n’a été ajouté. Réessayez.`,
    loading: 'Chargement de vos étapes de configuration',
    error: 'Impossible de charger vos étapes de configuration.',
    retry: 'Réessayer',
  },

  steps: {
    connect_instagram: 'Connectez votre compte Instagram',
    describe_business: 'Présentez votre activité à l’agent',
    add_intent: 'Ajoutez votre première intention',
    build_scenario: 'Créez votre premier scénario',
    try_test_chat: 'Discutez avec votre agent dans une conversation de test',
  },

  kinds: {
    dm_reply: {
      name: 'Réponse de l’agent à un message privé',
      sentence: 'L’agent rédige et envoie une réponse à un message privé.',
    },
    auto_like: {
      name: 'J’aime automatique',
      sentence: 'L’agent met un J’aime à un message sympathique à votre place.',
    },
    intent_detection: {
      name: 'Intention détectée',
      sentence: 'L’IA lit une conversation pour repérer ce que souhaite le contact.',
    },
    contact_property_detection: {
      name: 'Information de contact détectée',
      sentence:
        'L’IA repère une information sur le contact dans une conversation, comme une taille ou une adresse e-mail.',
    },
    scenario_auto_dm: {
      name: 'Scénario : message privé automatique de l’agent IA',
      sentence: 'Une étape « Message privé automatique de l’agent IA » lance une conversation.',
    },
    scenario_ai_message: {
      name: 'Scénario : message de l’agent IA',
      sentence: 'Une étape « Message de l’agent IA » rédige un message.',
    },
    scenario_auto_comment: {
      name: 'Scénario : commentaire automatique de l’agent IA',
      sentence: 'Une étape « Commentaire automatique de l’agent IA » répond à un commentaire.',
    },
    scenario_hand_over_check: {
      name: 'Scénario : passer la main à l’agent IA',
      sentence: 'Une étape « Passer la main à l’agent IA » vérifie si sa tâche est accomplie.',
    },
    scenario_ai_condition: {
      name: 'Scénario : condition détectée par l’IA',
      sentence: 'Une condition détectée par l’IA choisit la suite d’un scénario.',
    },
    ask_question_match: {
      name: 'Poser une question : correspondance par l’IA',
      sentence:
        'Avec l’IA activée, une étape « Poser une question » associe la réponse à l’une de vos options.',
    },
    ask_information_detection: {
      name: 'Demander une information : détection par l’IA',
      sentence:
        'Avec l’IA activée, une étape « Demander une information » trouve l’information dans la réponse.',
    },
    shopify_product_reply: {
      name: 'Réponse avec des produits Shopify',
      sentence: 'L’agent suggère des produits de votre boutique Shopify dans un message privé.',
    },
    test_chat_reply: {
      name: 'Réponse en conversation de test',
      sentence: 'L’agent vous répond dans une conversation de test.',
    },
  },

  groups: {
    conversations: {
      name: 'Conversations',
      summary: 'Quand l’agent échange avec vos contacts ou lit leurs messages.',
    },
    scenarios: { name: 'Scénarios', summary: 'Les étapes IA de vos scénarios actifs.' },
    question_steps: {
      name: 'Étapes de question',
      summary: 'L’IA des étapes « Poser une question » et « Demander une information ».',
    },
    shopify: { name: 'Shopify', summary: 'Des suggestions de produits de votre boutique.' },
    testing: {
      name: 'Tests',
      summary:
        'Les conversations de test avec votre agent. Un scénario lancé pour le tester compte comme un vrai lancement.',
    },
  },

  uses: {
    title: 'Ce qui utilise un crédit',
    description:
      'Chaque fois que l’IA fait l’une de ces actions pour vous, elle utilise exactement un crédit. Une action non effectuée ne coûte rien.',
  },

  usage: {
    title: 'Historique d’utilisation',
    chartsTitle: `Les ${f.number(14)} derniers jours`,
    dailyFree: 'Crédits utilisés par jour',
    dailyPro: 'Actions IA par jour',
    dayValueFree: (day, count) =>
      `${day} : ${f.plural(count, { one: '# crédit utilisé', other: '# crédits utilisés' })}`,
    dayValuePro: (day, count) =>
      `${day} : ${f.plural(count, { one: '# action IA', other: '# actions IA' })}`,
    range: (first, last) => `du ${first} au ${last}`,
    totalFree: (count) =>
      `${f.plural(count, { one: '# crédit utilisé', other: '# crédits utilisés' })} ces ${f.number(14)} derniers jours`,
    totalPro: (count) =>
      `${f.plural(count, { one: '# action IA', other: '# actions IA' })} ces ${f.number(14)} derniers jours`,
    skipped: (count, mode) =>
      `${f.plural(count, { one: '# action non effectuée', other: '# actions non effectuées' })}, sans frais : l’IA était coupée ou l’agent était en mode « ${mode} ».`,
    byKind: 'Par type',
    none: `Aucune action IA ces ${f.number(14)} derniers jours. Dès que l’IA travaillera pour vous, chaque jour s’affichera ici.`,
    loading: 'Chargement de votre utilisation',
    error: 'Impossible de charger votre utilisation.',
    retry: 'Réessayer',
  },

  history: {
    title: 'Toute l’activité',
    description:
      'Chaque crédit ajouté ou utilisé, chaque action non effectuée et chaque changement, du plus récent au plus ancien.',
    filterLabel: 'Afficher',
    filterAll: 'Toute l’activité',
    filterGrants: 'Crédits ajoutés',
    filterActions: 'Toutes les actions IA',
    filterPlan: 'Changements d’offre',
    filterMode: 'Changements de mode de l’agent',
    countAll: (total) => f.plural(total, { one: '# opération', other: '# opérations' }),
    countSome: (shown, total) =>
      `${f.plural(shown, { one: '# opération la plus récente chargée', other: '# opérations les plus récentes chargées' })} sur ${f.number(total)} ; faites défiler pour voir les plus anciennes`,
    loadingMore: 'Chargement des opérations plus anciennes…',
    loadMoreFailed: 'Impossible de charger les opérations plus anciennes.',
    retry: 'Réessayer',
    start: 'Votre historique commence ici.',
    empty:
      'Rien pour l’instant. Les crédits ajoutés et les actions IA apparaîtront ici au fur et à mesure.',
    emptyFiltered: 'Aucune opération de ce type pour l’instant.',
    loading: 'Chargement de votre activité',
    error: 'Impossible de charger votre activité.',
  },

  entry: {
    plus: (amount) => `+${f.number(amount)}`,
    minusOne: `−${f.number(1)}`,
    starterTitle: 'Crédits de départ',
    starterDetail: (amount) =>
      f.plural(amount, {
        one: '# crédit ajouté : offert à chaque nouveau compte gratuit.',
        other: '# crédits ajoutés : offerts à chaque nouveau compte gratuit.',
      }),
    onboardingTitle: (step) => `Configuration : ${step}`,
    onboardingDetail: (amount) =>
      `${f.plural(amount, { one: '# crédit ajouté', other: '# crédits ajoutés' })} pour avoir terminé cette étape.`,
    unknownStep: 'une étape',
    promotionTitle: (name) => `Promotion : ${name}`,
    unnamedPromotion: 'offre spéciale',
    promotionDetail: (amount) =>
      `${f.plural(amount, { one: '# crédit ajouté', other: '# crédits ajoutés' })} par une promotion.`,
    charged: `${f.plural(1, { one: '# crédit utilisé', other: '# crédits utilisés' })}.`,
    unmetered: 'Inclus dans Pro : aucun crédit utilisé.',
    skippedAgentDisabled: (mode) =>
      `Non effectuée, aucun crédit utilisé : l’agent était en mode « ${mode} ».`,
    skippedNoCredits:
      'Non effectuée, aucun crédit utilisé : il ne restait plus de crédits, l’IA était donc coupée.',
    planTitle: {
      pro: 'Passage à l’offre Pro',
      free: 'Retour à l’offre gratuite',
    },
    toPro: 'De l’offre gratuite à Pro : l’IA est désormais incluse, sans limite.',
    toFree: 'De Pro à l’offre gratuite : l’IA fonctionne désormais avec des crédits.',
    systemModeTitle: (to) => `Agent passé en mode « ${to} »`,
    systemModeDetail: (from) =>
      `Changement automatique à l’épuisement des crédits. L’agent était en mode « ${from} ».`,
    personModeTitle: (to) => `Mode de l’agent réglé sur « ${to} »`,
    personModeDetail: (from) => `Modifié par vous ; il était en mode « ${from} ».`,
  },

  upgrade: {
    title: 'Passez à Pro : l’IA sans limite',
    description: 'Avec Pro, l’IA fait partie de votre offre. Rien à compter, rien ne s’épuise.',
    compareCaption: 'Comparaison des offres Gratuite et Pro',
    feature: 'Ce qui change',
    free: 'Gratuite',
    pro: 'Pro',
    rows: {
      perAction: {
        feature: 'Chaque action IA',
        free: `Utilise ${f.plural(1, { one: '# crédit', other: '# crédits' })}`,
        pro: 'Incluse',
      },
      limit: {
        feature: 'Limite',
        free: `Vos crédits : jusqu’à ${f.number(STARTER_CREDITS + ONBOARDING_CREDITS_MAX)}, plus les promotions`,
        pro: 'Aucune limite',
      },
      runOut: {
        feature: 'Quand les crédits sont épuisés',
        free: 'L’IA se coupe et l’agent se tait',
        pro: 'Cela n’arrive jamais',
      },
      gauge: {
        feature: 'Jauge de crédits dans la barre latérale',
        free: 'Affiche ce qu’il reste',
        pro: 'Inutile, elle disparaît',
      },
    },
    cta: 'Passer à Pro',
    urgentLow:
      'Vos crédits sont bientôt épuisés. Passez à Pro maintenant : votre agent ne s’arrêtera plus faute de crédits.',
    urgentEmpty:
      'Votre agent est silencieux, car vos crédits sont épuisés. Avec Pro, l’IA redémarre aussitôt.',

    dialogTitle: 'Passer à Pro ?',
    dialogDescription:
      'L’IA fait désormais partie de votre offre : plus de crédits, plus de limite, et plus de jauge dans la barre latérale.',
    dialogPoints: {
      history: 'L’historique de vos crédits reste consultable sur cette page.',
      restore:
        'Si l’agent a été coupé quand vos crédits se sont épuisés, vous pourrez le réactiver en un clic.',
    },
    dialogUnavailable:
      'La fenêtre de passage à Pro ne s’est pas chargée : rien n’a changé. Vérifiez votre connexion, puis appuyez de nouveau sur le bouton.',
    cancel: 'Pas maintenant',
    confirm: 'Confirmer le passage à Pro',
    confirming: 'Passage à Pro…',
    retry: 'Réessayer le passage à Pro',
    failedTitle: 'Le passage à Pro n’a pas abouti',
    stillFree: 'Vous êtes toujours sur l’offre gratuite, et rien ne vous a été facturé.',
    failed: {
      network:
        'Impossible de joindre le service de paiement. Vérifiez votre connexion, puis réessayez.',
      timeout:
        'Le service de paiement n’a pas répondu à temps. Si le passage à Pro a abouti, cette page affichera Pro dans un instant ; sinon, vous pouvez réessayer sans risque : le passage à Pro ne peut se faire qu’une seule fois.',
      unavailable: (status) =>
        `Le service de paiement rencontre un problème (erreur ${f.number(status)}). Réessayez dans un instant.`,
      refused: (reason) => `Le service de paiement a refusé le passage à Pro : ${reason}`,
      unreadable:
        'Le service de paiement a envoyé une réponse illisible. Vous pouvez réessayer sans risque : le passage à Pro ne peut se faire qu’une seule fois.',
      unknown: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
    },
  },
});

export default fr;
