import { HttpResponse, delay } from 'msw';
import type { FaultKind, Faults } from '@/contract/qa';
import type { ApiRouteName } from '@/contract/routes';
import { jsonError } from './http-utils';

/**
 * Fault injection for QA and stories: after any added latency, the fault this request meets, if
 * any. A fixed fault per route wins; otherwise a random share of requests fails, evenly as a 503,
 * a stall, or a lost answer (the work done, the response lost).
 */
export async function pickFault(
  route: ApiRouteName,
  faults: Faults,
  random: () => number,
): Promise<FaultKind | undefined> {
  if (faults.latencyMs > 0) await delay(faults.latencyMs);
  const fixed = faults.routes[route];
  if (fixed) return fixed;
  if (faults.randomFailureRate > 0 && random() < faults.randomFailureRate) {
    const pick = random();
    return pick < 1 / 3 ? 'error_503' : pick < 2 / 3 ? 'timeout' : 'lost_response';
  }
  return undefined;
}

export function lostResponse(): Response {
  return jsonError(
    503,
    'unavailable',
    'The answer was lost on its way back (injected); the request was carried out.',
  );
}

/** The response that replaces the real one, for the faults that stop a request before it runs. */
export async function faultResponse(kind: Exclude<FaultKind, 'lost_response'>): Promise<Response> {
  switch (kind) {
    case 'error_500':
      return jsonError(500, 'injected_failure', 'A failure injected through the QA faults route.');
    case 'error_503':
      return jsonError(503, 'unavailable', 'The credit service is unavailable (injected).');
    case 'timeout':
      // Never answers: the client's own timeout has to notice.
      await delay('infinite');
      return jsonError(504, 'timeout', 'unreachable');
    case 'malformed':
      return HttpResponse.json({
        plan: 'gold',
        balance: 'plenty',
        granted: null,
        steps: 'many',
        outcome: 42,
      });
  }
}
