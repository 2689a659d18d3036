import type { LedgerQuery } from '@/contract/schemas';
import type { AiActionEvent, LedgerEntry, LedgerEvent } from '@/domain/ledger';
import { countAction, type UsageCounts } from '@/domain/usage';
import {
  advance,
  matchesQuery,
  numberEvents,
  restart,
  type ChangeFn,
  type LedgerSlice,
  type MockDb,
  type StoredAccount,
} from './mock-db';

/** The mock's store in Node (tests, the HTTP mock server) and in Storybook: one process, one copy. */
export function createMemoryDb(
  initial: StoredAccount,
  events: readonly LedgerEvent[] = [],
): MockDb {
  let ledger: LedgerEntry[] = numberEvents(events, 0);
  let account = restart(initial, undefined, ledger.length);
  let byKey = indexKeys(ledger);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  function commitNow<R>(change: ChangeFn<R>, idempotencyKey: string | undefined): R {
    const prior = idempotencyKey === undefined ? undefined : byKey.get(idempotencyKey);
    const { account: next, events: added, result } = change(account, prior);
    const entries = numberEvents(added, account.lastSeq);
    ledger = ledger.concat(entries);
    for (const entry of entries)
      if (entry.type === 'ai_action') byKey.set(entry.idempotencyKey, entry);
    const advanced = advance(next, account, entries.length);
    if (advanced) {
      account = advanced;
      notify();
    }
    return result;
  }

  return {
    read: () => Promise.resolve(account),

    // Synchronous from read to write, so concurrent requests cannot interleave; a refusal thrown
    // by `change` comes back as a rejected promise, as it does from the IndexedDB store.
    commit<R>(change: ChangeFn<R>, idempotencyKey?: string) {
      return new Promise<R>((resolve) => resolve(commitNow(change, idempotencyKey)));
    },

    ledger(query: LedgerQuery): Promise<LedgerSlice> {
      const before = query.cursor === undefined ? Infinity : Number(query.cursor);
      const matching = ledger.filter((entry) => matchesQuery(entry, query));
      const older = matching.filter((entry) => entry.seq < before).reverse();
      const entries = older.slice(0, query.limit);
      const last = entries.at(-1);
      return Promise.resolve({
        entries,
        nextCursor: last && older.length > entries.length ? String(last.seq) : null,
        total: matching.length,
      });
    },

    usage(since, dayOf) {
      const counts: UsageCounts = new Map();
      for (let index = ledger.length - 1; index >= 0; index--) {
        const entry = ledger[index]!;
        if (entry.type !== 'ai_action') continue;
        if (entry.at < since) break;
        countAction(counts, dayOf(entry.at), entry.kind, entry.outcome);
      }
      return Promise.resolve(counts);
    },

    replace(nextAccount, events) {
      ledger = numberEvents(events, 0);
      byKey = indexKeys(ledger);
      account = restart(nextAccount, account, ledger.length);
      notify();
      return Promise.resolve();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    listenerCount: () => listeners.size,

    close() {
      listeners.clear();
    },
  };
}

function indexKeys(ledger: readonly LedgerEntry[]): Map<string, AiActionEvent> {
  const byKey = new Map<string, AiActionEvent>();
  for (const entry of ledger)
    if (entry.type === 'ai_action') byKey.set(entry.idempotencyKey, entry);
  return byKey;
}
