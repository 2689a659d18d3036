import { delay, http, HttpResponse } from 'msw';

/** Handlers that stories put in front of the mock backend: a route that never answers or fails. */
export function never(path: string, method: 'get' | 'post' = 'get') {
  return http[method](`*${path}`, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  });
}

export function unavailable(path: string, method: 'get' | 'post' = 'get', once = false) {
  return http[method](
    `*${path}`,
    () =>
      HttpResponse.json(
        { error: { code: 'unavailable', message: 'The credit service is down for a moment.' } },
        { status: 503 },
      ),
    { once },
  );
}

/**
 * The live stream refreshes the history and usage when it connects; a story that fails a route
 * once turns it off, so the one failure is what the story shows.
 */
export const noLiveEvents = unavailable('/api/events');
