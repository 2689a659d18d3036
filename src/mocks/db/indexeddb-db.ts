import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LedgerQuery } from '@/contract/schemas';
import type { AiActionEvent, LedgerEntry, LedgerEvent } from '@/domain/ledger';
import { countAction, type UsageCounts } from '@/domain/usage';
import {
  advance,
  numberEvents,
  restart,
  type ChangeFn,
  type LedgerSlice,
  type MockDb,
  type StoredAccount,
} from './mock-db';

interface MockSchema extends DBSchema {
  meta: { key: 'account'; value: StoredAccount };
  ledger: {
    key: number;
    value: LedgerEntry;
    indexes: { idempotencyKey: string; type_seq: [string, number]; kind_seq: [string, number] };
  };
}

const DB_NAME = 'inro-mock-credit-backend';
const CHANNEL_NAME = 'inro-mock-credit-backend';
/** Ledger entries read per round trip when counting usage. */
const USAGE_BLOCK = 2_000;

/**
 * The mock's store in the browser. IndexedDB keeps it across reloads and shares it between tabs;
 * each commit is one readwrite transaction over both stores, which the browser runs one at a time
 * across every tab, so two tabs spending at once cannot both take the last credit.
 * A BroadcastChannel tells the other tabs that something changed.
 */
export async function openIndexedDb(
  seed: () => { account: StoredAccount; events: LedgerEvent[] },
): Promise<MockDb> {
  // Version 2 namespaced idempotency keys and added the reset epoch and promotion terms: an
  // older store is dropped and seeded again rather than read in a shape it no longer has.
  const db = await openDB<MockSchema>(DB_NAME, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion > 0) {
        database.deleteObjectStore('meta');
        database.deleteObjectStore('ledger');
      }
      database.createObjectStore('meta');
      const ledger = database.createObjectStore('ledger', { keyPath: 'seq' });
      ledger.createIndex('idempotencyKey', 'idempotencyKey');
      ledger.createIndex('type_seq', ['type', 'seq']);
      ledger.createIndex('kind_seq', ['kind', 'seq']);
    },
  });
  const listeners = new Set<() => void>();
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const notifyHere = () => listeners.forEach((listener) => listener());
  channel.onmessage = notifyHere;
  const changed = () => {
    notifyHere();
    channel.postMessage('changed');
  };

  await seedIfEmpty(db, seed);

  return {
    async read() {
      return requireAccount(await db.get('meta', 'account'));
    },

    async commit<R>(change: ChangeFn<R>, idempotencyKey?: string) {
      const tx = db.transaction(['meta', 'ledger'], 'readwrite');
      const meta = tx.objectStore('meta');
      const ledger = tx.objectStore('ledger');
      let result: R;
      let changedSomething = false;
      try {
        const account = requireAccount(await meta.get('account'));
        const prior =
          idempotencyKey === undefined
            ? undefined
            : ((await ledger.index('idempotencyKey').get(idempotencyKey)) as
                AiActionEvent | undefined);
        const decided = change(account, prior);
        const entries = numberEvents(decided.events, account.lastSeq);
        for (const entry of entries) void ledger.put(entry);
        const advanced = advance(decided.account, account, entries.length);
        if (advanced) void meta.put(advanced, 'account');
        changedSomething = advanced !== undefined;
        result = decided.result;
      } catch (error) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
      await tx.done;
      if (changedSomething) changed();
      return result;
    },

    async ledger(query: LedgerQuery): Promise<LedgerSlice> {
      const tx = db.transaction('ledger');
      const store = tx.store;
      const before =
        query.cursor === undefined ? Number.MAX_SAFE_INTEGER : Number(query.cursor) - 1;
      const [source, lower, upper] = query.kind
        ? ([store.index('kind_seq'), [query.kind, 0], [query.kind, before]] as const)
        : query.type
          ? ([store.index('type_seq'), [query.type, 0], [query.type, before]] as const)
          : ([store, 0, before] as const);
      const all = query.kind
        ? IDBKeyRange.bound([query.kind, 0], [query.kind, Number.MAX_SAFE_INTEGER])
        : query.type
          ? IDBKeyRange.bound([query.type, 0], [query.type, Number.MAX_SAFE_INTEGER])
          : undefined;
      const total = await source.count(all);
      const entries: LedgerEntry[] = [];
      let hasMore = false;
      if (before >= 0) {
        let cursor = await source.openCursor(IDBKeyRange.bound(lower, upper), 'prev');
        while (cursor) {
          if (entries.length === query.limit) {
            hasMore = true;
            break;
          }
          entries.push(cursor.value);
          cursor = await cursor.continue();
        }
      }
      await tx.done;
      const last = entries.at(-1);
      return { entries, nextCursor: hasMore && last ? String(last.seq) : null, total };
    },

    async usage(since, dayOf) {
      // Reads back from the newest entry a block at a time: `getAll` over a key range is one
      // round trip for a whole block, where a cursor would take one per entry.
      const counts: UsageCounts = new Map();
      const tx = db.transaction(['meta', 'ledger'], 'readonly');
      const { lastSeq } = requireAccount(await tx.objectStore('meta').get('account'));
      const ledger = tx.objectStore('ledger');
      let upper = lastSeq;
      let done = false;
      while (!done && upper >= 1) {
        const lower = Math.max(1, upper - USAGE_BLOCK + 1);
        const block = await ledger.getAll(IDBKeyRange.bound(lower, upper));
        for (let index = block.length - 1; index >= 0; index--) {
          const entry = block[index]!;
          if (entry.type !== 'ai_action') continue;
          if (entry.at < since) {
            done = true;
            break;
          }
          countAction(counts, dayOf(entry.at), entry.kind, entry.outcome);
        }
        upper = lower - 1;
      }
      await tx.done;
      return counts;
    },

    async replace(account, events) {
      await writeAll(db, account, events);
      changed();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    listenerCount: () => listeners.size,

    close() {
      listeners.clear();
      channel.close();
      db.close();
    },
  };
}

async function seedIfEmpty(
  db: IDBPDatabase<MockSchema>,
  seed: () => { account: StoredAccount; events: LedgerEvent[] },
): Promise<void> {
  const existing = await db.get('meta', 'account');
  if (existing) return;
  const { account, events } = seed();
  await writeAll(db, account, events, { onlyIfEmpty: true });
}

/** Replaces account and ledger in one transaction; `onlyIfEmpty` lets a racing tab's seed win. */
async function writeAll(
  db: IDBPDatabase<MockSchema>,
  account: StoredAccount,
  events: readonly LedgerEvent[],
  { onlyIfEmpty = false } = {},
): Promise<void> {
  const tx = db.transaction(['meta', 'ledger'], 'readwrite');
  const meta = tx.objectStore('meta');
  const previous = await meta.get('account');
  if (!(onlyIfEmpty && previous)) {
    const ledger = tx.objectStore('ledger');
    void ledger.clear();
    const entries = numberEvents(events, 0);
    for (const entry of entries) void ledger.put(entry);
    void meta.put(restart(account, previous, entries.length), 'account');
  }
  await tx.done;
}

function requireAccount(account: StoredAccount | undefined): StoredAccount {
  if (!account)
    throw new Error('The mock credit backend has no account yet; it is seeded when it starts.');
  return account;
}
