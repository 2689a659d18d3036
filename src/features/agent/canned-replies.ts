import type { AgentMessages } from './messages/en';

type Replies = AgentMessages['chat']['replies'];
export type ReplyTopic = keyof Replies;

/** A whole word (or phrase) in any script: `\b` knows only ASCII letters, so not "étranger". */
const words = (alternatives: string) =>
  new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

/**
 * Checked in order: a message about a late order that mentions shipping is about the order. The
 * customer may write in English or French, whatever the merchant's own language.
 */
const TOPICS: readonly [ReplyTopic, RegExp][] = [
  [
    'order',
    words(
      'order|refund|return|broken|late|track(?:ing)?|cancel|commandes?|rembours\\p{L}*|retour|cass[ée]e?s?|ab[îi]m[ée]e?s?|retard|suivi|annul\\p{L}*',
    ),
  ],
  [
    'shipping',
    words(
      'ship(?:ping|s)?|deliver(?:y|ies)?|abroad|post(?:age)?|courier|livr\\p{L}*|exp[ée]di\\p{L}*|[ée]tranger|envoi|envoy\\p{L}*|colis|frais de port',
    ),
  ],
  [
    'price',
    words(
      'price|prices|cost|costs|how much|discount|sale|cheap|expensive|prix|co[uû]t(?:e|ent|s)?|combien|r[ée]duction|promo(?:tion)?s?|soldes?|cher|ch[èe]re',
    ),
  ],
  [
    'greeting',
    /^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|coucou)(?!\p{L})/iu,
  ],
];

export function replyTopic(message: string): ReplyTopic {
  return TOPICS.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other';
}

/** A small, stable hash: the same message gets the same answer, so stories and tests can rely on it. */
function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash;
}

/**
 * The mock agent's answer: no real AI, a canned reply on the message's topic, from the replies of
 * the active locale. `turn` varies the pick through a conversation, and the agent never says the
 * same thing twice in a row.
 */
export function pickCannedReply(
  message: string,
  turn: number,
  previousReply: string | undefined,
  replies: Replies,
): string {
  const options = replies[replyTopic(message)];
  let index = (hashOf(message.trim().toLowerCase()) + turn) % options.length;
  if (options[index] === previousReply) index = (index + 1) % options.length;
  return options[index]!;
}
