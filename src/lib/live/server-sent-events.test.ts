import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverSentEvents } from './live-updates';

/**
 * The live channel over the host's fetch keeps the server-sent events spec's reconnect: after a
 * dropped connection it waits what the server's `retry:` said, and asks again with
 * `Last-Event-ID`, every time through the host's fetch (so with its auth).
 */
let close: () => void = () => undefined;
afterEach(() => close());

/** A stream that sends one event with an id, then drops the connection; it records each request. */
async function droppingServer() {
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((request, response: ServerResponse) => {
    requests.push(request.headers);
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const n = requests.length;
    response.write(`retry: 20\nid: event-${n}\ndata: {"n":${n}}\n\n`, () =>
      setTimeout(() => response.destroy(), 10),
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/events`;
  const stop = () => {
    server.closeAllConnections();
    server.close();
  };
  return { url, requests, stop };
}

describe('serverSentEvents', () => {
  it('reconnects after a drop, as the server said, with Last-Event-ID, through the host fetch', async () => {
    const server = await droppingServer();
    const hostFetch = vi.fn<typeof fetch>((input, init) =>
      fetch(input, {
        ...init,
        headers: { ...(init?.headers as object), authorization: 'Bearer host' },
      }),
    );
    const heard: unknown[] = [];
    const errors: boolean[] = [];
    const stop = serverSentEvents(
      server.url,
      hostFetch,
    )({ message: (data) => heard.push(data), error: (gaveUp) => errors.push(gaveUp) });
    close = () => {
      stop();
      server.stop();
    };

    await vi.waitFor(() => expect(heard.length).toBeGreaterThanOrEqual(3));
    expect(heard.slice(0, 3)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    // A dropped connection is no HTTP error: the channel says so but keeps reconnecting itself.
    expect(errors.every((gaveUp) => !gaveUp)).toBe(true);
    const [first, second, third] = server.requests;
    expect(first!.authorization).toBe('Bearer host');
    expect(first!['last-event-id']).toBeUndefined();
    expect(second!['last-event-id']).toBe('event-1');
    expect(third!['last-event-id']).toBe('event-2');
    expect(third!.authorization).toBe('Bearer host');
    expect(hostFetch.mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});
