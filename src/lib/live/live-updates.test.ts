import { QueryClient, QueryObserver, focusManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Credits } from '@/contract/schemas';
import { agentFor, creditsFor } from '@/testing/builders';
import { queryKeys } from '../api/query-keys';
import { QUIET_MS } from './live-timing';
import { connectLiveUpdates, reconnecting, type LiveListener } from './live-updates';

/** A channel the test speaks through: what the backend would send, when it would send it. */
function fakeChannel() {
  const opened: LiveListener[] = [];
  const closed = vi.fn();
  const channel = (listener: LiveListener) => {
    opened.push(listener);
    return closed;
  };
  return { channel, opened, closed, current: () => opened.at(-1)! };
}

let client: QueryClient;
let disconnect: () => void = () => undefined;
const credits = vi.fn<() => Promise<Credits>>();
const agent = vi.fn(() => Promise.resolve(agentFor('low')));

/** The gauge and the agent settings are on screen: their queries are active. */
async function watchCreditsAndAgent() {
  const observers = [
    new QueryObserver(client, { queryKey: queryKeys.credits.summary(), queryFn: credits }),
    new QueryObserver(client, { queryKey: queryKeys.agent.detail(), queryFn: agent }),
  ];
  const stops = observers.map((observer) => observer.subscribe(() => undefined));
  await vi.waitFor(() => expect(client.getQueryData(queryKeys.credits.summary())).toBeDefined());
  credits.mockClear();
  agent.mockClear();
  return () => stops.forEach((stop) => stop());
}

const shown = () => client.getQueryData<Credits>(queryKeys.credits.summary())?.balance;

beforeEach(() => {
  vi.useFakeTimers();
  // Node has no window; the client listens to its focus events.
  vi.stubGlobal('window', new EventTarget());
  focusManager.setFocused(true);
  client = new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false } },
  });
  credits.mockResolvedValue(creditsFor('low'));
});

afterEach(() => {
  disconnect();
  client.clear();
  focusManager.setFocused(undefined);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('connectLiveUpdates', () => {
  it('writes a live event into the cache without asking the API', async () => {
    const live = fakeChannel();
    const stop = await watchCreditsAndAgent();
    disconnect = connectLiveUpdates(client, live.channel);
    const next = creditsFor('low', { balance: 6, revision: creditsFor('low').revision + 1 });
    live.current().message({ type: 'credits', credits: next });
    // The contract's parser loads beside the first event, so the write lands a moment later.
    await vi.waitFor(() => expect(shown()).toBe(6));
    expect(credits).not.toHaveBeenCalled();
    stop();
  });

  it('asks the API when an event does not match the contract', async () => {
    const live = fakeChannel();
    const stop = await watchCreditsAndAgent();
    disconnect = connectLiveUpdates(client, live.channel);
    live.current().message({ type: 'credits', credits: { balance: 'plenty' } });
    await vi.waitFor(() => expect(credits).toHaveBeenCalledTimes(1));
    stop();
  });

  it('asks the API after a silence, and again after each further silence', async () => {
    const live = fakeChannel();
    const stop = await watchCreditsAndAgent();
    disconnect = connectLiveUpdates(client, live.channel);
    credits.mockResolvedValue(creditsFor('low', { balance: 4 }));

    await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
    expect(credits).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(credits).toHaveBeenCalledTimes(1);
    expect(agent).toHaveBeenCalledTimes(1);
    expect(shown()).toBe(4);

    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(credits).toHaveBeenCalledTimes(2);
    stop();
  });

  it('does not poll while events keep coming', async () => {
    const live = fakeChannel();
    const stop = await watchCreditsAndAgent();
    disconnect = connectLiveUpdates(client, live.channel);
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
      live.current().message({ type: 'agent', agent: agentFor('low') });
    }
    expect(credits).not.toHaveBeenCalled();
    stop();
  });

  it('polls with no channel at all', async () => {
    const stop = await watchCreditsAndAgent();
    disconnect = connectLiveUpdates(client, undefined);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(credits).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a hidden page does not poll, and asks as soon as it is shown again', async () => {
    const live = fakeChannel();
    const stop = await watchCreditsAndAgent();
    disconnect = connectLiveUpdates(client, live.channel);
    focusManager.setFocused(false);
    await vi.advanceTimersByTimeAsync(3 * QUIET_MS);
    expect(credits).not.toHaveBeenCalled();
    focusManager.setFocused(true);
    await vi.waitFor(() => expect(credits).toHaveBeenCalledTimes(1));
    expect(agent).toHaveBeenCalledTimes(1);
    stop();
  });

  it('asks the API when the window gets focus, even with fresh data', async () => {
    const live = fakeChannel();
    const stop = await watchCreditsAndAgent();
    disconnect = connectLiveUpdates(client, live.channel);
    window.dispatchEvent(new Event('focus'));
    await vi.waitFor(() => expect(credits).toHaveBeenCalledTimes(1));
    stop();
  });

  it('asks the API on an error, and opens a new channel later when the old one closed', async () => {
    const live = fakeChannel();
    const stop = await watchCreditsAndAgent();
    disconnect = connectLiveUpdates(client, reconnecting(live.channel));
    live.current().error(false);
    await vi.waitFor(() => expect(credits).toHaveBeenCalledTimes(1));
    expect(live.opened).toHaveLength(1);

    live.current().error(true);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(live.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(live.opened).toHaveLength(2);
    disconnect();
    expect(live.closed).toHaveBeenCalledTimes(1);
    stop();
  });

  it('closes the channel and stops polling when disconnected', async () => {
    const live = fakeChannel();
    const stop = await watchCreditsAndAgent();
    connectLiveUpdates(client, live.channel)();
    expect(live.closed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * QUIET_MS);
    window.dispatchEvent(new Event('focus'));
    expect(credits).not.toHaveBeenCalled();
    stop();
  });
});
