import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bindApiConfig } from '../api/api-config';
import type { LiveConnection } from './live-connection';
import { followLive, type LiveChannel, type LiveListener } from './live-updates';
import { shareAcrossTabs, type TabPlatform } from './shared-live-channel';

/**
 * Node has the browser's Web Locks and BroadcastChannel: several "tabs" in one test are several
 * channels on the same lock and the same BroadcastChannel name, as tabs of one origin are.
 */

/** The backend's event stream: every connection open now hears what it sends. */
function fakeBackend() {
  const open = new Set<LiveListener>();
  let connects = 0;
  const channel: LiveChannel = (listener) => {
    connects += 1;
    open.add(listener);
    return () => open.delete(listener);
  };
  return {
    channel,
    send: (data: unknown) => open.forEach((listener) => listener.message(data)),
    fail: () => open.forEach((listener) => listener.error(false)),
    connections: () => open.size,
    connects: () => connects,
  };
}

let keys = 0;
const opened: (() => void)[] = [];

/** A tab: its own document and window (for freeze and bfcache), what it heard, its role. */
function openTab(backend: ReturnType<typeof fakeBackend>, key: string) {
  const document = new EventTarget();
  const platform: TabPlatform = {
    locks: navigator.locks,
    BroadcastChannel,
    document,
    window: new EventTarget(),
  };
  const heard: unknown[] = [];
  const errors: boolean[] = [];
  let connection: LiveConnection = 'none';
  const close = shareAcrossTabs(
    backend.channel,
    key,
    (now) => (connection = now),
    platform,
  )({
    message: (data) => heard.push(data),
    error: (closed) => errors.push(closed),
  });
  opened.push(close);
  return {
    heard,
    errors,
    connection: () => connection,
    close,
    freeze: () => document.dispatchEvent(new Event('freeze')),
    resume: () => document.dispatchEvent(new Event('resume')),
  };
}

/** A fresh lock and channel name per test, so no test shares with another. */
const newKey = () => `http://api.test/api/events test-${++keys}`;

afterEach(() => {
  opened.splice(0).forEach((close) => close());
});

describe('shareAcrossTabs', () => {
  it('opens one connection for many tabs and relays every event to each of them', async () => {
    const backend = fakeBackend();
    const key = newKey();
    const tabs = Array.from({ length: 5 }, () => openTab(backend, key));
    await vi.waitFor(() => expect(tabs.map((tab) => tab.connection())).toContain('this-tab'));
    await vi.waitFor(() =>
      expect(tabs.filter((tab) => tab.connection() === 'another-tab')).toHaveLength(4),
    );
    expect(backend.connects()).toBe(1);

    backend.send({ type: 'credits', balance: 6 });
    await vi.waitFor(() =>
      tabs.forEach((tab) => expect(tab.heard).toEqual([{ type: 'credits', balance: 6 }])),
    );
  });

  it('hands the connection to another tab when the holding one closes', async () => {
    const backend = fakeBackend();
    const key = newKey();
    const tabs = [openTab(backend, key), openTab(backend, key), openTab(backend, key)];
    await vi.waitFor(() => expect(backend.connections()).toBe(1));
    const holder = tabs.find((tab) => tab.connection() === 'this-tab')!;
    const others = tabs.filter((tab) => tab !== holder);

    holder.close();
    expect(holder.connection()).toBe('none');
    await vi.waitFor(() => expect(backend.connects()).toBe(2));
    expect(backend.connections()).toBe(1);
    await vi.waitFor(() =>
      expect(others.map((tab) => tab.connection()).sort()).toEqual(['another-tab', 'this-tab']),
    );

    backend.send({ type: 'credits', balance: 5 });
    await vi.waitFor(() =>
      others.forEach((tab) => expect(tab.heard).toContainEqual({ type: 'credits', balance: 5 })),
    );
    expect(holder.heard).not.toContainEqual({ type: 'credits', balance: 5 });
  });

  it('a frozen tab gives the connection up, and waits in line again once resumed', async () => {
    const backend = fakeBackend();
    const key = newKey();
    const first = openTab(backend, key);
    await vi.waitFor(() => expect(first.connection()).toBe('this-tab'));
    const second = openTab(backend, key);

    first.freeze();
    await vi.waitFor(() => expect(second.connection()).toBe('this-tab'));
    expect(backend.connects()).toBe(2);
    expect(backend.connections()).toBe(1);

    first.resume();
    await vi.waitFor(() => expect(first.connection()).toBe('another-tab'));
    backend.send({ type: 'agent', mode: 'all' });
    await vi.waitFor(() => expect(first.heard).toContainEqual({ type: 'agent', mode: 'all' }));
    // Still one connection: the resumed tab did not take it back.
    expect(backend.connects()).toBe(2);
  });

  it('a tab that opens later hears the latest event of each type at once', async () => {
    const backend = fakeBackend();
    const key = newKey();
    const first = openTab(backend, key);
    await vi.waitFor(() => expect(backend.connections()).toBe(1));
    backend.send({ type: 'credits', balance: 9 });
    backend.send({ type: 'credits', balance: 8 });
    backend.send({ type: 'agent', mode: 'all' });

    const late = openTab(backend, key);
    await vi.waitFor(() =>
      expect(late.heard).toEqual([
        { type: 'credits', balance: 8 },
        { type: 'agent', mode: 'all' },
      ]),
    );
    expect(first.heard).toHaveLength(3);
  });

  it("tells every tab when the holding tab's connection fails", async () => {
    const backend = fakeBackend();
    const key = newKey();
    const tabs = [openTab(backend, key), openTab(backend, key)];
    await vi.waitFor(() => expect(tabs.map((tab) => tab.connection())).toContain('another-tab'));
    backend.fail();
    await vi.waitFor(() => tabs.forEach((tab) => expect(tab.errors).toEqual([false])));
  });

  it('does not share between two APIs or two accounts', async () => {
    const backend = fakeBackend();
    const tabs = [openTab(backend, newKey()), openTab(backend, newKey())];
    await vi.waitFor(() => tabs.forEach((tab) => expect(tab.connection()).toBe('this-tab')));
    expect(backend.connections()).toBe(2);
  });

  it('without Web Locks or BroadcastChannel, each tab opens its own connection', () => {
    const backend = fakeBackend();
    const roles: LiveConnection[] = [];
    const closes = [1, 2].map(() =>
      shareAcrossTabs(
        backend.channel,
        newKey(),
        (now) => roles.push(now),
        null,
      )({
        message: () => undefined,
        error: () => undefined,
      }),
    );
    expect(backend.connections()).toBe(2);
    expect(roles).toEqual(['own', 'own']);
    closes.forEach((close) => close());
    expect(backend.connections()).toBe(0);
    expect(roles).toEqual(['own', 'own', 'none', 'none']);
  });
});

describe('followLive', () => {
  // The browser's platform, as followLive finds it: Node has Web Locks and BroadcastChannel.
  beforeEach(() => {
    vi.stubGlobal('document', new EventTarget());
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    opened.splice(0).forEach((close) => close());
    vi.unstubAllGlobals();
  });

  /** A tab of the app: its own client on `baseUrl`, following `backend` as `account`. */
  function openApp(backend: ReturnType<typeof fakeBackend>, baseUrl: string, account?: string) {
    const client = new QueryClient();
    bindApiConfig(client, { baseUrl });
    let connection: LiveConnection = 'none';
    opened.push(
      followLive(client, {
        live: backend.channel,
        shareAcrossTabs: true,
        account,
        onConnection: (now) => (connection = now),
      }),
    );
    return () => connection;
  }

  it('shares between tabs of one API and account only', async () => {
    const backend = fakeBackend();
    const api = `http://api-${++keys}.test`;
    const tabs = [
      openApp(backend, api, 'shop-1'),
      openApp(backend, api, 'shop-1'),
      openApp(backend, api, 'shop-2'),
      openApp(backend, `${api}/v2`, 'shop-1'),
    ];
    await vi.waitFor(() =>
      expect(tabs.map((connection) => connection())).toEqual([
        'this-tab',
        'another-tab',
        'this-tab',
        'this-tab',
      ]),
    );
    expect(backend.connections()).toBe(3);
  });

  it('opens a connection per tab when sharing is off', async () => {
    const backend = fakeBackend();
    const client = new QueryClient();
    const roles: LiveConnection[] = [];
    const options = {
      live: backend.channel,
      shareAcrossTabs: false,
      account: undefined,
      onConnection: (now: LiveConnection) => roles.push(now),
    };
    opened.push(followLive(client, options), followLive(client, options));
    await vi.waitFor(() => expect(backend.connections()).toBe(2));
    expect(roles).toEqual(['own', 'own']);
  });
});
