import { useMutation } from '@tanstack/react-query';
import type { Credits, Onboarding } from '@/contract/schemas';
import { apiRequest, type ApiCall } from '@/lib/api/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { changeAt, newest } from '@/lib/api/revision';

export function completeOnboardingStep(stepId: string, { client }: ApiCall) {
  return apiRequest('completeOnboardingStep', (c) => c.onboardingStepResultSchema, {
    client,
    params: { id: stepId },
  });
}

const mutationKey = [...queryKeys.credits.onboarding(), 'complete'] as const;

/** The credits with `amount` onboarding credits added (or, negative, taken back). */
function withOnboardingCredits(credits: Credits, amount: number): Credits {
  const balance = (credits.balance ?? 0) + amount;
  return {
    ...credits,
    balance,
    granted: { ...credits.granted, onboarding: credits.granted.onboarding + amount },
    onboardingRemaining: credits.onboardingRemaining - amount,
    aiEnabled: balance > 0,
  };
}

function withStepDone(onboarding: Onboarding | undefined, stepId: string, done: boolean) {
  return (
    onboarding && {
      steps: onboarding.steps.map((step) => (step.id === stepId ? { ...step, done } : step)),
    }
  );
}

/**
 * Marks a step done. The step ticks and its credits show at once, on this page and in the
 * sidebar gauge (both read the one credits query); a failure takes back this step's tick and
 * credits only. Guesses and their rollback go through the revision guard (`changeAt`): another
 * step's guess stays, and a newer copy from the server (another step's answer, a live event) is
 * never written over.
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
      if (!step || step.done) return { ticked: false, guess: null };

      client.setQueryData<Onboarding>(queryKeys.credits.onboarding(), (current) =>
        withStepDone(current, stepId, true),
      );
      if (!credits || credits.plan !== 'free') return { ticked: true, guess: null };
      // The rule: a step grants its share, never past what the checklist has left to give.
      const granted = Math.min(step.credits, credits.onboardingRemaining);
      client.setQueryData<Credits>(
        queryKeys.credits.summary(),
        changeAt(credits.revision, (current) => withOnboardingCredits(current, granted)),
      );
      return { ticked: true, guess: { revision: credits.revision, granted } };
    },
    onSuccess: (result, _stepId, _context, { client }) => {
      client.setQueryData<Credits>(queryKeys.credits.summary(), newest(result.credits));
    },
    onError: (_error, stepId, context, { client }) => {
      if (context?.ticked)
        client.setQueryData<Onboarding>(queryKeys.credits.onboarding(), (current) =>
          withStepDone(current, stepId, false),
        );
      const guess = context?.guess;
      if (guess)
        client.setQueryData<Credits>(
          queryKeys.credits.summary(),
          changeAt(guess.revision, (current) => withOnboardingCredits(current, -guess.granted)),
        );
    },
    onSettled: (_data, _error, _stepId, _context, { client }) => {
      // While another step is on its way, its own settle refreshes everything once.
      if (client.isMutating({ mutationKey }) > 1) return;
      return client.invalidateQueries({ queryKey: queryKeys.credits.all });
    },
  });
}
