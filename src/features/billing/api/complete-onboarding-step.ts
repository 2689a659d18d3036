import { useMutation } from '@tanstack/react-query';
import type { Credits, Onboarding } from '@/contract/schemas';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { newest } from '@/lib/revision';

export function completeOnboardingStep(stepId: string) {
  return apiRequest('completeOnboardingStep', (c) => c.onboardingStepResultSchema, {
    params: { id: stepId },
  });
}

const mutationKey = [...queryKeys.credits.onboarding(), 'complete'] as const;

/**
 * Marks a step done. The step ticks and its credits show at once, on this page and in the
 * sidebar gauge (both read the one credits query); a failure puts both back as they were.
 */
export function useCompleteOnboardingStep() {
  return useMutation({
    mutationKey,
    mutationFn: completeOnboardingStep,
    onMutate: async (stepId, { client }) => {
      await Promise.all([
        client.cancelQueries({ queryKey: queryKeys.credits.onboarding() }),
        client.cancelQueries({ queryKey: queryKeys.credits.summary() }),
      ]);
      const onboarding = client.getQueryData<Onboarding>(queryKeys.credits.onboarding());
      const credits = client.getQueryData<Credits>(queryKeys.credits.summary());
      const step = onboarding?.steps.find((candidate) => candidate.id === stepId);

      if (onboarding && step && !step.done) {
        client.setQueryData<Onboarding>(queryKeys.credits.onboarding(), {
          steps: onboarding.steps.map((s) => (s.id === stepId ? { ...s, done: true } : s)),
        });
        if (credits && credits.plan === 'free') {
          // The rule: a step grants its share, never past what the checklist has left to give.
          const granted = Math.min(step.credits, credits.onboardingRemaining);
          client.setQueryData<Credits>(queryKeys.credits.summary(), {
            ...credits,
            balance: (credits.balance ?? 0) + granted,
            granted: { ...credits.granted, onboarding: credits.granted.onboarding + granted },
            onboardingRemaining: credits.onboardingRemaining - granted,
            aiEnabled: credits.aiEnabled || granted > 0,
          });
        }
      }
      return { onboarding, credits };
    },
    onSuccess: (result, _stepId, _snapshot, { client }) => {
      client.setQueryData<Credits>(queryKeys.credits.summary(), newest(result.credits));
    },
    onError: (_error, _stepId, snapshot, { client }) => {
      if (snapshot?.onboarding)
        client.setQueryData(queryKeys.credits.onboarding(), snapshot.onboarding);
      if (snapshot?.credits) client.setQueryData(queryKeys.credits.summary(), snapshot.credits);
    },
    onSettled: (_data, _error, _stepId, _snapshot, { client }) => {
      // While another step is on its way, its own settle refreshes everything once.
      if (client.isMutating({ mutationKey }) > 1) return;
      return client.invalidateQueries({ queryKey: queryKeys.credits.all });
    },
  });
}
