import { describe, expect, it, vi } from 'vitest';
import { NO_FAULTS, type Faults } from '@/contract/qa';
import type { LiveEvent } from '@/contract/schemas';
import { createMemoryDb } from './db/memory-db';
import type { MockDb } from './db/mock-db';
import { inPageLiveChannel } from './live-events';
import { buildScenario } from './scenarios';

function setup() {
  const { account, events } = buildScenario('low', Date.parse('2026-11-24T12:00:00Z'));
  const db = createMemoryDb(account, events);
  const message = vi.fn<(data: unknown) => void>();
  const error = vi.fn<(closed: boolean) => void>();
  const close = inPageLiveChannel(db, () => 0.99)({ message, error });
  /** The revision of every credits event sent so far. */
  const revisions = () =>
    message.mock.calls
      .map(([event]) => event as LiveEvent)
      .flatMap((event) => (event.type === 'credits' ? [event.credits.revision] : []));
  return { db, message, error, close, revisions };
}

/** A change the account sees (each one a new revision), as a QA route or another tab makes it. */
function touch(db: MockDb, faults?: Faults) {
  return db.commit((account) => ({
    account: { ...account, faults: faults ?? account.faults },
    events: [],
    result: undefined,
  }));
}

describe('the in-page live channel of the mock', () => {
  it('sends the current state at once, then after every change', async () => {
    const { db, revisions, error } = setup();
    await vi.waitFor(() => expect(revisions()).toEqual([1]));
    await touch(db);
    await vi.waitFor(() => expect(revisions()).toEqual([1, 2]));
    expect(error).not.toHaveBeenCalled();
  });

  it('goes silent, without an error, while QA stalls the events route', async () => {
    const { db, revisions, error } = setup();
    await vi.waitFor(() => expect(revisions()).toEqual([1]));
    await touch(db, { ...NO_FAULTS, routes: { events: 'timeout' } });
    await touch(db);
    await touch(db, NO_FAULTS);
    await vi.waitFor(() => expect(revisions()).toEqual([1, 4]));
    expect(error).not.toHaveBeenCalled();
  });

  it('breaks once, and lets go of the database, when QA fails the events route', async () => {
    const { db, revisions, error } = setup();
    await vi.waitFor(() => expect(revisions()).toEqual([1]));
    await touch(db, { ...NO_FAULTS, routes: { events: 'error_503' } });
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(true));
    await touch(db, NO_FAULTS);
    await touch(db);
    expect(revisions()).toEqual([1]);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('sends nothing after it is closed', async () => {
    const { db, revisions, close } = setup();
    await vi.waitFor(() => expect(revisions()).toEqual([1]));
    close();
    await touch(db);
    expect(revisions()).toEqual([1]);
  });
});
