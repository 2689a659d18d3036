import type { Faults, ScenarioName } from '@/contract/qa';
import type { LedgerQuery } from '@/contract/schemas';
import type { AccountState } from '@/domain/account';
import type { AiActionEvent, LedgerEntry, LedgerEvent } from '@/domain/ledger';
import type { DayKey, UsageCounts } from '@/domain/usage';

/** Everything the mock keeps besides the ledger: one record, written with the ledger atomically. */
export interface StoredAccount {
  state: AccountState;
  /** The scenario the account was last reset to (QA panel and reports show it). */
  scenario: ScenarioName | null;
  faults: Faults;
  /** Sequence number of the newest ledger entry; 0 before the first. */
  lastSeq: number;
  /**
   * Grows with every commit that changes something and every reset, never back: clients keep the
   * newest copy they saw. A replay or any other no-op leaves it where it was.
   */
  revision: number;
  /** Counts resets. A ledger cursor carries it, so a cursor from before a reset is refused. */
  epoch: number;
  updatedAt: string;
}

export interface Change<R> {
  account: StoredAccount;
  events: LedgerEvent[];
  result: R;
}

/**
 * Decides a change from the current account. Must be synchronous: in the browser it runs inside
 * one IndexedDB transaction, which would commit early if the function awaited anything else.
 * `prior` is the ledger's entry for the idempotency key given to `commit`, if any.
 */
export type ChangeFn<R> = (account: StoredAccount, prior: AiActionEvent | undefined) => Change<R>;

export interface LedgerSlice {
  entries: LedgerEntry[];
  nextCursor: string | null;
  total: number;
}

/**
 * Storage for the mock backend. Every `commit` is serialised against every other, across tabs in
 * the browser, so the credit invariants hold however many requests run at once.
 */
export interface MockDb {
  read(): Promise<StoredAccount>;
  commit<R>(change: ChangeFn<R>, idempotencyKey?: string): Promise<R>;
  ledger(query: LedgerQuery): Promise<LedgerSlice>;
  /**
   * AI actions at or after `since`, counted per calendar day (`dayOf`) and kind. Scans back from
   * the newest action and stops at the first one older than `since`: actions are appended in time
   * order, so a month of a busy account costs a month of entries, not the whole ledger.
   */
  usage(since: string, dayOf: (at: string) => DayKey): Promise<UsageCounts>;
  /** Throws the account and ledger away and starts again from these (a scenario reset). */
  replace(account: StoredAccount, events: readonly LedgerEvent[]): Promise<void>;
  /** Called after any change that this or another tab made. */
  subscribe(listener: () => void): () => void;
  /** Listeners subscribed now: live-event streams must give theirs back, so this stays bounded. */
  listenerCount(): number;
  close(): void;
}

export function matchesQuery(
  entry: LedgerEvent,
  query: Pick<LedgerQuery, 'type' | 'kind'>,
): boolean {
  if (query.type && entry.type !== query.type) return false;
  if (query.kind && !(entry.type === 'ai_action' && entry.kind === query.kind)) return false;
  return true;
}

/**
 * The account as stored after a commit that appended `appended` entries, or `undefined` when the
 * commit changed nothing (a replay, a repeated step): then nothing is written and no one is told.
 */
export function advance(
  account: StoredAccount,
  previous: StoredAccount,
  appended: number,
): StoredAccount | undefined {
  if (appended === 0 && account === previous) return undefined;
  return { ...account, lastSeq: previous.lastSeq + appended, revision: previous.revision + 1 };
}

/** The account as stored after a reset: a new ledger, but a revision that still only grows. */
export function restart(
  account: StoredAccount,
  previous: StoredAccount | undefined,
  ledgerSize: number,
): StoredAccount {
  return {
    ...account,
    lastSeq: ledgerSize,
    revision: (previous?.revision ?? 0) + 1,
    epoch: (previous?.epoch ?? 0) + 1,
  };
}

export function numberEvents(events: readonly LedgerEvent[], lastSeq: number): LedgerEntry[] {
  return events.map((event, index) => ({ ...event, seq: lastSeq + index + 1 }));
}
