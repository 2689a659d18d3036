import type { Credits } from '@/contract/schemas';
import type { AiActionOutcome } from '@/domain/ledger';

export type ChatEntry =
  | {
      id: string;
      from: 'merchant';
      text: string;
      /** Kept with the message: a retry of it reuses the key and is never charged twice. */
      idempotencyKey: string;
      status: 'pending' | 'answered' | 'failed' | 'unanswered';
      /** Why the spend failed: the chat words it when it shows it, in the locale of that moment. */
      error?: unknown;
    }
  /** What the agent said, as it said it: a conversation is not translated afterwards. */
  | { id: string; from: 'agent'; text: string; metered: boolean }
  /** The backend skipped the reply: AI is off. */
  | { id: string; from: 'notice' };

export type ChatAction =
  | { type: 'sent'; id: string; text: string; idempotencyKey: string }
  | { type: 'answered'; id: string; reply: string; outcome: Exclude<AiActionOutcome, 'skipped'> }
  | { type: 'skipped'; id: string }
  | { type: 'failed'; id: string; error: unknown }
  | { type: 'retried'; id: string };

function update(
  entries: ChatEntry[],
  id: string,
  patch: Partial<ChatEntry & { from: 'merchant' }>,
) {
  return entries.map((entry) =>
    entry.id === id && entry.from === 'merchant' ? { ...entry, ...patch } : entry,
  );
}

/** The test conversation: UI state only, the credits themselves live in the query cache. */
export function chatReducer(entries: ChatEntry[], action: ChatAction): ChatEntry[] {
  switch (action.type) {
    case 'sent':
      return [
        ...entries,
        {
          id: action.id,
          from: 'merchant',
          text: action.text,
          idempotencyKey: action.idempotencyKey,
          status: 'pending',
        },
      ];
    case 'answered':
      return [
        ...update(entries, action.id, { status: 'answered', error: undefined }),
        {
          id: `${action.id}:reply`,
          from: 'agent',
          text: action.reply,
          metered: action.outcome === 'charged',
        },
      ];
    case 'skipped':
      return [
        ...update(entries, action.id, { status: 'unanswered', error: undefined }),
        { id: `${action.id}:notice`, from: 'notice' },
      ];
    case 'failed':
      return update(entries, action.id, { status: 'failed', error: action.error });
    case 'retried':
      return update(entries, action.id, { status: 'pending', error: undefined });
  }
}

export function pendingEntry(entries: ChatEntry[]) {
  return entries.find(
    (entry): entry is Extract<ChatEntry, { from: 'merchant' }> =>
      entry.from === 'merchant' && entry.status === 'pending',
  );
}

/** The last thing the agent said, so the next canned reply can differ from it. */
export function lastReply(entries: ChatEntry[]): string | undefined {
  return entries.findLast((entry) => entry.from === 'agent')?.text;
}

/**
 * Rule 6 for the test chat: with AI off (a Free balance at 0) nothing is sent, so nothing can be
 * charged. While the credits are unknown the chat may send: the backend skips an action it cannot
 * pay for, and a skipped action costs nothing.
 */
export function chatPaused(credits: Pick<Credits, 'aiEnabled'> | undefined): boolean {
  return credits?.aiEnabled === false;
}
