import { chatCopy } from './copy';

export type ReplyTopic = keyof typeof chatCopy.replies;

/** Checked in order: a message about a late order that mentions shipping is about the order. */
const TOPICS: readonly [ReplyTopic, RegExp][] = [
  ['order', /\b(order|refund|return|broken|late|track(ing)?|cancel)\b/i],
  ['shipping', /\b(ship(ping|s)?|deliver(y|ies)?|abroad|post(age)?|courier)\b/i],
  ['price', /\b(price|prices|cost|costs|how much|discount|sale|cheap|expensive)\b/i],
  ['greeting', /^\s*(hi|hello|hey|hiya|good (morning|afternoon|evening))\b/i],
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
 * The mock agent's answer: no real AI, a canned reply on the message's topic. `turn` varies the
 * pick through a conversation, and the agent never says the same thing twice in a row.
 */
export function pickCannedReply(message: string, turn: number, previousReply?: string): string {
  const options = chatCopy.replies[replyTopic(message)];
  let index = (hashOf(message.trim().toLowerCase()) + turn) % options.length;
  if (options[index] === previousReply) index = (index + 1) % options.length;
  return options[index]!;
}
