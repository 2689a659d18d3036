import { useEffect, useId, useReducer, useRef, useState, type FormEvent } from 'react';
import { Alert, AlertActions, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Credits } from '@/contract/schemas';
import { useCredits } from '@/features/credits/api/use-credits';
import { isApiError } from '@/lib/api/api-errors';
import { commonMessages, errorReason } from '@/lib/i18n/common';
import type { CommonMessages } from '@/lib/i18n/common/en';
import { useMessages } from '@/lib/i18n/locale-context';
import { Link } from '@/lib/link';
import { useSpendTestChatReply } from '../api/spend-test-chat-reply';
import { pickCannedReply } from '../canned-replies';
import { agentMessages } from '../messages';
import type { AgentMessages } from '../messages/en';
import {
  chatPaused,
  chatReducer,
  lastReply,
  pendingEntry,
  type ChatEntry,
} from '../test-chat-state';
import './test-chat.css';

const canReply = ({ plan, aiEnabled }: Credits) => ({ plan, aiEnabled });

type MerchantEntry = Extract<ChatEntry, { from: 'merchant' }>;

/**
 * "Try your agent": the merchant writes as a customer would and the agent answers. The mock has
 * no real AI, so the answer is canned; the credit is real: each reply is recorded as a
 * `test_chat_reply` action and the gauge drops at once. With AI off nothing is sent at all.
 */
export function TestChat({ billingHref }: { billingHref: string }) {
  // Whether replies can run, not the balance: the gauge shows the number, and a spend must not
  // re-render the chat (the bench counts what one spend re-renders).
  const credits = useCredits(canReply);
  const copy = useMessages(agentMessages).chat;
  const spend = useSpendTestChatReply();
  const [entries, dispatch] = useReducer(chatReducer, []);
  const [draft, setDraft] = useState('');
  const [hint, setHint] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const id = useId();

  const paused = chatPaused(credits.data);
  const pending = pendingEntry(entries);

  // Reading scrollHeight makes the browser lay the page out there and then: not for an empty log.
  useEffect(() => {
    const element = log.current;
    if (element && entries.length > 0) element.scrollTop = element.scrollHeight;
  }, [entries]);

  const ask = (entry: Pick<MerchantEntry, 'id' | 'text' | 'idempotencyKey'>) => {
    const turn = entries.filter((e) => e.from === 'agent').length;
    const reply = pickCannedReply(entry.text, turn, lastReply(entries), copy.replies);
    spend.mutate(
      { idempotencyKey: entry.idempotencyKey },
      {
        onSuccess: ({ outcome }) =>
          dispatch(
            outcome === 'skipped'
              ? { type: 'skipped', id: entry.id }
              : { type: 'answered', id: entry.id, reply, outcome },
          ),
        onError: (error) => dispatch({ type: 'failed', id: entry.id, error }),
      },
    );
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    // Paused or waiting for a reply: nothing goes to the backend, so nothing can be charged.
    if (paused || pending) return;
    const text = draft.trim();
    if (!text) {
      setHint(true);
      input.current?.focus();
      return;
    }
    const entry = { id: crypto.randomUUID(), text, idempotencyKey: crypto.randomUUID() };
    dispatch({ type: 'sent', ...entry });
    setDraft('');
    setHint(false);
    ask(entry);
  };

  const retry = (entry: MerchantEntry) => {
    if (paused || pending) return;
    dispatch({ type: 'retried', id: entry.id });
    ask(entry);
    // The button goes away with the failure: bring the keyboard back to the message box.
    input.current?.focus();
  };

  return (
    <section data-slot="test-chat" aria-labelledby={`${id}-title`}>
      <div data-slot="test-chat-head">
        <h2 id={`${id}-title`}>{copy.title}</h2>
        <p>{credits.data?.plan === 'pro' ? copy.proIntro : copy.intro(copy.perReply)}</p>
      </div>

      {entries.length === 0 && !paused && <p data-slot="test-chat-empty">{copy.empty}</p>}

      <div
        ref={log}
        role="log"
        aria-label={copy.logLabel}
        data-slot="test-chat-log"
        data-empty={entries.length === 0 || undefined}
        tabIndex={entries.length > 0 ? 0 : -1}
      >
        <ol>
          {entries.map((entry) => (
            <ChatMessage
              key={entry.id}
              entry={entry}
              onRetry={entry.from === 'merchant' ? () => retry(entry) : undefined}
              retryBlocked={paused || pending !== undefined}
            />
          ))}
          {pending && (
            <li data-slot="chat-message" data-from="agent" data-state="typing">
              <span data-slot="chat-typing">{copy.typing}</span>
            </li>
          )}
        </ol>
      </div>

      {paused && (
        <Alert tone="warning" live="polite" aria-labelledby={`${id}-paused`}>
          <AlertTitle id={`${id}-paused`}>{copy.pausedTitle}</AlertTitle>
          <AlertDescription>{copy.paused}</AlertDescription>
          <AlertActions>
            <Button asChild>
              <Link href={billingHref}>{copy.upgrade}</Link>
            </Button>
          </AlertActions>
        </Alert>
      )}

      <form data-slot="test-chat-composer" onSubmit={send} noValidate>
        <label htmlFor={`${id}-input`}>{copy.inputLabel}</label>
        <div data-slot="test-chat-row">
          <input
            ref={input}
            id={`${id}-input`}
            type="text"
            autoComplete="off"
            placeholder={copy.placeholder}
            value={draft}
            aria-describedby={hint ? `${id}-hint` : undefined}
            aria-invalid={hint ? true : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              if (hint) setHint(false);
            }}
          />
          <Button
            type="submit"
            pending={pending !== undefined}
            aria-disabled={paused || pending !== undefined || undefined}
          >
            {pending ? copy.sending : copy.send}
          </Button>
        </div>
        <div data-slot="test-chat-meta">
          {hint && (
            <span id={`${id}-hint`} data-slot="test-chat-hint">
              {copy.emptyMessage}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

/**
 * What the chat says about a spend that failed. Only a refusal (a 4xx) proves nothing was
 * recorded. No answer (timeout, network), or a failure on the service's side, may come after the
 * charge was written: then the chat does not claim it was not; the balance settles to the
 * backend's number and a retry is free.
 */
function failureMessage(
  error: unknown,
  copy: AgentMessages['chat'],
  errors: CommonMessages['errors'],
): string {
  const unsure = !isApiError(error) || error.transient;
  return unsure ? copy.failedUnsure : copy.failed(errorReason(error, errors));
}

function ChatMessage({
  entry,
  onRetry,
  retryBlocked,
}: {
  entry: ChatEntry;
  onRetry: (() => void) | undefined;
  retryBlocked: boolean;
}) {
  const errorId = useId();
  const copy = useMessages(agentMessages).chat;
  const common = useMessages(commonMessages);
  if (entry.from === 'notice') {
    return (
      <li data-slot="chat-message" data-from="notice">
        <span data-slot="chat-sender">{copy.notice}</span>
        <p>{copy.skipped}</p>
      </li>
    );
  }
  if (entry.from === 'agent') {
    return (
      <li data-slot="chat-message" data-from="agent">
        <span data-slot="chat-sender">{copy.agent}</span>
        {/* What was said, as it was said: the conversation is not interface copy. */}
        <p translate="no">{entry.text}</p>
        <span data-slot="chat-cost">{entry.metered ? copy.replyCost : copy.replyIncluded}</span>
      </li>
    );
  }
  return (
    <li data-slot="chat-message" data-from="merchant" data-state={entry.status}>
      <span data-slot="chat-sender">{copy.you}</span>
      <p translate="no">{entry.text}</p>
      {entry.status === 'failed' && (
        <div data-slot="chat-failure">
          <p id={errorId}>{failureMessage(entry.error, copy, common.errors)}</p>
          {onRetry && !retryBlocked && (
            <Button type="button" variant="secondary" aria-describedby={errorId} onClick={onRetry}>
              {copy.retry}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
