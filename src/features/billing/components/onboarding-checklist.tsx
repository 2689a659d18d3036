import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Meter } from '@/components/ui/meter';
import { Skeleton } from '@/components/ui/skeleton';
import type { Onboarding } from '@/contract/schemas';
import { ONBOARDING_CREDITS_MAX } from '@/domain/credits';
import { useMessages } from '@/lib/i18n/locale-context';
import { useDeferredArrival } from '@/lib/scheduling/use-deferred-arrival';
import { useCompleteOnboardingStep } from '../api/complete-onboarding-step';
import { useOnboarding } from '../api/get-onboarding';
import { billingMessages } from '../messages';
import { knownStepTitle } from './describe-entry';
import { SectionError } from './section-error';
import './onboarding-checklist.css';

/** The mark of a finished step, for the eye only: the words say the same. */
const DONE_MARK = '✓';

/**
 * The onboarding checklist as progress towards its credits. `earned` comes from the same credits
 * query as the sidebar gauge, so the two never disagree.
 */
export function OnboardingChecklist({ earned }: { earned: number }) {
  const copy = useMessages(billingMessages).onboarding;
  const titleId = useId();
  const onboarding = useOnboarding();
  const data = useDeferredArrival(onboarding.data);
  const max = ONBOARDING_CREDITS_MAX;

  return (
    <Card asChild>
      <section aria-labelledby={titleId} data-section="onboarding-checklist">
        <CardHeader>
          <CardTitle id={titleId}>{copy.title}</CardTitle>
          <CardDescription>{copy.description(max)}</CardDescription>
        </CardHeader>
        <CardContent>
          <div data-slot="onboarding-progress">
            <span data-slot="onboarding-earned">{copy.earned(earned, max)}</span>
            <Meter
              value={earned}
              max={max}
              aria-label={copy.meterLabel}
              aria-valuetext={copy.meterValue(earned, max)}
            />
          </div>
          {data ? (
            <Steps steps={data.steps} />
          ) : onboarding.isError ? (
            <SectionError
              title={copy.error}
              retryLabel={copy.retry}
              onRetry={() => void onboarding.refetch()}
            />
          ) : (
            <div aria-busy="true" data-slot="onboarding-loading">
              <span className="visually-hidden">{copy.loading}</span>
              <Skeleton height="12rem" />
            </div>
          )}
          {data?.steps.every((step) => step.done) && (
            <p data-slot="onboarding-complete">
              <span aria-hidden="true">{DONE_MARK} </span>
              {copy.complete(max)}
            </p>
          )}
        </CardContent>
      </section>
    </Card>
  );
}

function Steps({ steps }: { steps: Onboarding['steps'] }) {
  return (
    <ol data-slot="onboarding-steps">
      {steps.map((step) => (
        <Step key={step.id} step={step} />
      ))}
    </ol>
  );
}

function Step({ step }: { step: Onboarding['steps'][number] }) {
  const { onboarding: copy, steps } = useMessages(billingMessages);
  // One mutation per step: each has its own pending and failed state.
  const complete = useCompleteOnboardingStep();
  // Our words for the steps we know; a step added since is shown as the server names it.
  const title = knownStepTitle(step.id, steps) ?? step.title;
  return (
    <li data-slot="onboarding-step" data-done={step.done || undefined}>
      <span data-slot="onboarding-mark" aria-hidden="true">
        {step.done && DONE_MARK}
      </span>
      <div data-slot="onboarding-text">
        <span data-slot="onboarding-step-title">{title}</span>
        <span data-slot="onboarding-step-detail">
          {step.done ? copy.doneAdded(step.credits) : copy.toDo(step.credits)}
        </span>
        {complete.isError && (
          <span role="alert" data-slot="onboarding-step-error">
            {copy.failed(title)}
          </span>
        )}
      </div>
      {!step.done && (
        <Button
          variant="secondary"
          pending={complete.isPending}
          // The visible words, and which step: five "Mark as done" buttons need telling apart.
          aria-label={complete.isPending ? copy.markingLabel(title) : copy.markDoneLabel(title)}
          onClick={() => complete.mutate(step.id)}
        >
          {complete.isPending ? copy.marking : copy.markDone}
        </Button>
      )}
    </li>
  );
}
