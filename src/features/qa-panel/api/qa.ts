import { useMutation, type MutationFunction } from '@tanstack/react-query';
import {
  faultsSchema,
  QA_ROUTES,
  qaStateSchema,
  type Faults,
  type PromotionRequest,
  type ScenarioName,
} from '@/contract/qa';
import type { AiActionKind } from '@/domain/credits';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';

export function resetScenario(name: ScenarioName, { client }: ApiCall) {
  return apiRequest(QA_ROUTES.qaScenario, () => qaStateSchema, { client, body: { name } });
}

export function grantPromotion(promotion: PromotionRequest, { client }: ApiCall) {
  return apiRequest(QA_ROUTES.qaPromotion, (c) => c.creditsSchema, { client, body: promotion });
}

export function setFaults(faults: Faults, { client }: ApiCall) {
  return apiRequest(QA_ROUTES.qaFaults, () => faultsSchema, { client, body: faults });
}

/** Fires `count` actions at once, each with its own key, as many contacts writing at the same time. */
export async function fireActions(
  { kind, count }: { kind: AiActionKind; count: number },
  { client }: ApiCall,
) {
  const batch = crypto.randomUUID();
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      apiRequest('aiActions', (c) => c.aiActionResponseSchema, {
        client,
        body: { kind, idempotencyKey: `qa-${batch}-${i}` },
      }),
    ),
  );
  const tally = { charged: 0, skipped: 0, unmetered: 0 };
  for (const result of results) tally[result.outcome] += 1;
  return tally;
}

/**
 * A QA mutation: whatever it changed, every query of ours is refetched afterwards (a scenario reset
 * changes everything at once; live events carry only the balance and the agent).
 */
export function useQaMutation<TArgs, TResult>(run: MutationFunction<TResult, TArgs>) {
  return useMutation({
    mutationFn: run,
    onSettled: (_data, _error, _args, _result, { client }) =>
      client.invalidateQueries({ queryKey: queryKeys.all }),
  });
}
