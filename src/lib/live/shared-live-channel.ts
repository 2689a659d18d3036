import type { LiveConnection } from './live-connection';
import type { LiveChannel } from './live-updates';

/** What tabs sharing one live channel say to each other over their BroadcastChannel. */
type Relay =
  /** An event the holding tab heard, as sent: every tab checks it against the contract itself. */
  | { kind: 'event'; data: unknown }
  /** The holding tab's channel failed: every tab asks the API directly. */
  | { kind: 'error' }
  /** A tab joined: the holding tab says it holds, and sends the latest event of each type. */
  | { kind: 'hello' }
  /** This tab holds the channel now. */
  | { kind: 'holding' };

/** What the sharing needs of the platform; the browser's by default, a test's own in tests. */
export interface TabPlatform {
  locks: LockManager;
  BroadcastChannel: typeof BroadcastChannel;
  /** Where `freeze` and `resume` are heard (the document). */
  document: EventTarget;
  /** Where `pagehide` and `pageshow` are heard (the window). */
  window: EventTarget;
}

function browserPlatform(): TabPlatform | null {
  if (
    typeof navigator === 'undefined' ||
    !('locks' in navigator) ||
    typeof BroadcastChannel === 'undefined' ||
    typeof document === 'undefined'
  )
    return null;
  return { locks: navigator.locks, BroadcastChannel, document, window };
}

/** A channel each tab opens for itself (sharing off, or a platform without what it needs). */
export function ownChannel(
  channel: LiveChannel,
  onConnection: (connection: LiveConnection) => void,
): LiveChannel {
  return (listener) => {
    onConnection('own');
    const close = channel(listener);
    return () => {
      close();
      onConnection('none');
    };
  };
}

/**
 * One live channel for every tab of this browser that opens the same `key` (the API's events URL
 * and the account): a browser keeps at most 6 HTTP/1.1 connections to a host, so a stream per
 * tab left the seventh tab without its page. The tab granted the Web Lock named after the key
 * opens `channel` and relays each event, as sent, over a BroadcastChannel of the same name; the
 * others hear it there, and wait in the lock's queue. When the holding tab closes, reloads or is
 * frozen, its lock is released and the next tab in the queue opens the channel: the backend sends
 * its state on every connect, so the hand-over misses no change. Without Web Locks or
 * BroadcastChannel, each tab opens its own channel, as before.
 */
export function shareAcrossTabs(
  channel: LiveChannel,
  key: string,
  onConnection: (connection: LiveConnection) => void = () => undefined,
  platform: TabPlatform | null = browserPlatform(),
): LiveChannel {
  if (!platform) return ownChannel(channel, onConnection);
  const name = `inro-ai-credits live ${key}`;

  return (listener) => {
    const relay = new platform.BroadcastChannel(name);
    const post = (message: Relay) => relay.postMessage(message);
    /** The latest event of each type this tab relayed, for tabs that join later. */
    const latest = new Map<unknown, unknown>();
    /** This tab's place in the lock's queue, while it waits. */
    let queued: AbortController | undefined;
    /** Set while this tab holds the channel: closes it and releases the lock. */
    let release: (() => void) | undefined;
    let closed = false;

    const hold = () =>
      new Promise<void>((released) => {
        onConnection('this-tab');
        post({ kind: 'holding' });
        const close = channel({
          message(data) {
            latest.set((data as { type?: unknown } | null)?.type, data);
            post({ kind: 'event', data });
            listener.message(data);
          },
          error(gaveUp) {
            post({ kind: 'error' });
            listener.error(gaveUp);
          },
        });
        release = () => {
          release = undefined;
          latest.clear();
          close();
          released();
        };
      });

    const join = () => {
      if (closed || queued || release) return;
      const place = new AbortController();
      queued = place;
      platform.locks
        // The lock is held for as long as `hold`'s promise is pending.
        .request(name, { signal: place.signal }, () => {
          queued = undefined;
          // Granted in the instant it was given up: pass it straight on.
          return place.signal.aborted ? undefined : hold();
        })
        .catch(() => undefined);
      post({ kind: 'hello' });
    };

    // A frozen tab runs no code: it must neither hold the channel nor be next in line for it.
    const leave = () => {
      queued?.abort();
      queued = undefined;
      release?.();
    };
    const onPageHide = (event: Event) => {
      if ((event as PageTransitionEvent).persisted) leave();
    };
    const onPageShow = (event: Event) => {
      if ((event as PageTransitionEvent).persisted) join();
    };

    relay.onmessage = ({ data }: MessageEvent<Relay>) => {
      if (release) {
        if (data.kind !== 'hello') return;
        post({ kind: 'holding' });
        for (const event of latest.values()) post({ kind: 'event', data: event });
      } else if (data.kind === 'event') listener.message(data.data);
      else if (data.kind === 'error') listener.error(false);
      else if (data.kind === 'holding') onConnection('another-tab');
    };
    platform.document.addEventListener('freeze', leave);
    platform.document.addEventListener('resume', join);
    platform.window.addEventListener('pagehide', onPageHide);
    platform.window.addEventListener('pageshow', onPageShow);
    join();

    return () => {
      closed = true;
      leave();
      relay.close();
      platform.document.removeEventListener('freeze', leave);
      platform.document.removeEventListener('resume', join);
      platform.window.removeEventListener('pagehide', onPageHide);
      platform.window.removeEventListener('pageshow', onPageShow);
      onConnection('none');
    };
  };
}
