import type { LiveEvent } from '@/contract/schemas';
import type { MockDb } from './db/mock-db';
import { pickFault } from './faults';
import { presentAgent, presentCredits } from './present';

export interface LiveEventSink {
  send(event: LiveEvent): void;
  /** The stream broke: nothing more will be sent. */
  fail(): void;
}

/**
 * The live events of the mock backend, whatever carries them: sends the credits and the agent now
 * and after every change, here or in another tab. Faults act as on a real stream: a failure breaks
 * it (at connect, or when QA sets one while it is open), a `timeout` leaves it open but silent, as
 * a stalled connection is. Returns how to stop; stopping releases the subscription on every path.
 */
export function followAccount(db: MockDb, random: () => number, sink: LiveEventSink): () => void {
  let stopped = false;
  let unsubscribe: () => void = () => undefined;
  const stop = () => {
    stopped = true;
    unsubscribe();
  };
  const fail = () => {
    if (stopped) return;
    stop();
    sink.fail();
  };

  const push = async () => {
    const account = await db.read();
    if (stopped) return;
    const fault = account.faults.routes.events;
    if (fault === 'timeout') return;
    if (fault) {
      fail();
      return;
    }
    sink.send({ type: 'credits', credits: presentCredits(account) });
    sink.send({ type: 'agent', agent: presentAgent(account) });
  };

  void (async () => {
    const fault = await pickFault('events', (await db.read()).faults, random);
    if (stopped || fault === 'timeout') return;
    if (fault) {
      fail();
      return;
    }
    unsubscribe = db.subscribe(() => void push().catch(fail));
    await push();
  })().catch(fail);

  return stop;
}

/** What the app's live channel hears (see `LiveChannel` in src/lib/live/live-updates.ts). */
export interface LiveChannelListener {
  message(data: unknown): void;
  error(closed: boolean): void;
}

/**
 * The mock's live events handed to the page directly, without a stream through the service
 * worker: WebKit never delivers a streamed response that the worker builds in the page. Other tabs'
 * changes arrive through the database's BroadcastChannel, so every tab still moves at once.
 */
export function inPageLiveChannel(db: MockDb, random: () => number = Math.random) {
  return (listener: LiveChannelListener) =>
    followAccount(db, random, {
      send: (event) => listener.message(event),
      fail: () => listener.error(true),
    });
}
