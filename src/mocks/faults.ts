import { HttpResponse, delay } from 'msw';
import type { ApiRouteName } from '@/contract/routes';
import type { FaultKind, Faults } from '@/contract/qa';
import { jsonError } from './http-utils';

/**
 * Fault injection for QA and stories. Returns the response a fault replaces the real one with,
 * or undefined when the request should go through (after any added latency).
 */
export async function applyFaults(
  route: ApiRouteName,
  faults: Faults,
  random: () => number,
): Promise<Response | undefined> {
  if (faults.latencyMs > 0) await delay(faults.latencyMs);
  const fixed = faults.routes[route];
  if (fixed) return faultResponse(fixed);
  if (faults.randomFailureRate > 0 && random() < faults.randomFailureRate) {
    return faultResponse(random() < 0.5 ? 'error_503' : 'timeout');
  }
  return undefined;
}

async function faultResponse(kind: FaultKind): Promise<Response> {
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
