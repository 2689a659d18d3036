import { useEffect, useId, useRef } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Meter, meterToneFor } from '@/components/ui/meter';
import { Skeleton } from '@/components/ui/skeleton';
import type { Credits } from '@/contract/schemas';
import { creditLevel, totalGranted } from '@/domain/account';
import { SILENT_MODE } from '@/domain/activation-modes';
import { ONBOARDING_CREDITS_MAX } from '@/domain/credits';
import { commonMessages } from '@/lib/i18n/common';
import { useMessages } from '@/lib/i18n/locale-context';
import { billingMessages } from '../messages';
import { CreditForecast } from './credit-forecast';
import { ProMonthUsage } from './pro-month-usage';
import { SectionError } from './section-error';
import './plan-card.css';

/** Marks beside the words, for the eye only: a shape as well as a colour for each state. */
const MARK = { low: '⚠', empty: '⊘', welcome: '✓' } as const;

/** The credits query as the page receives it from the app (the one the sidebar gauge reads). */
export type CreditsState =
  | { status: 'loading' }
  | { status: 'error'; onRetry: () => void }
  | { status: 'ready'; credits: Credits };

/** The plan, and on Free the credits in full: left, granted, where from, spent, and a forecast. */
export function PlanCard({ state, welcome = false }: { state: CreditsState; welcome?: boolean }) {
  const copy = useMessages(billingMessages).plan;
  const titleId = useId();
  return (
    // The card's edge follows the balance as the meter does; the words inside say the same thing.
    <Card
      asChild
      tone={
        state.status === 'error'
          ? 'danger'
          : state.status === 'ready'
            ? meterToneFor(creditLevel(state.credits.balance))
            : 'default'
      }
    >
      <section aria-labelledby={titleId} data-section="plan-card" data-state={state.status}>
        {state.status === 'loading' && <PlanSkeleton titleId={titleId} />}
        {state.status === 'error' && (
          <>
            <CardHeader>
              <CardTitle id={titleId}>{copy.title}</CardTitle>
            </CardHeader>
            <SectionError
              title={copy.error}
              detail={copy.errorDetail}
              retryLabel={copy.retry}
              onRetry={state.onRetry}
            />
          </>
        )}
        {state.status === 'ready' &&
          (state.credits.plan === 'pro' ? (
            <ProPlan titleId={titleId} welcome={welcome} />
          ) : (
            <FreePlan titleId={titleId} credits={state.credits} />
          ))}
      </section>
    </Card>
  );
}

function PlanSkeleton({ titleId }: { titleId: string }) {
  const copy = useMessages(billingMessages).plan;
  return (
    <div data-slot="plan-skeleton" aria-busy="true">
      <CardTitle id={titleId} className="visually-hidden">
        {copy.loading}
      </CardTitle>
      <Skeleton width="45%" height="1.75rem" />
      <Skeleton width="60%" height="2.25rem" />
      <Skeleton height="0.5rem" />
      <Skeleton height="12rem" />
    </div>
  );
}

function FreePlan({ titleId, credits }: { titleId: string; credits: Credits }) {
  const copy = useMessages(billingMessages).plan;
  const { modes } = useMessages(commonMessages);
  const balance = credits.balance ?? 0;
  const { starter, onboarding, promotions } = credits.granted;
  const granted = totalGranted(credits);
  const level = creditLevel(credits.balance);

  return (
    <>
      <CardHeader>
        <CardTitle id={titleId}>{copy.titleFree}</CardTitle>
        <CardDescription>{copy.freeSummary}</CardDescription>
      </CardHeader>
      <CardContent>
        <p data-slot="plan-balance">
          {copy.balance(
            balance,
            granted,
            (text) => (
              <span data-slot="plan-balance-count">{text}</span>
            ),
            (text) => (
              <span data-slot="plan-balance-of">{text}</span>
            ),
          )}
        </p>
        <Meter
          value={balance}
          max={granted}
          tone={meterToneFor(level)}
          aria-label={copy.meterLabel}
          aria-valuetext={copy.meterValue(balance, granted)}
        />
        {level === 'low' && (
          <p data-slot="plan-warning" data-level="low">
            <span aria-hidden="true">{MARK.low} </span>
            {copy.low(balance)}
          </p>
        )}
        {level === 'empty' && (
          <p data-slot="plan-warning" data-level="empty">
            <span aria-hidden="true">{MARK.empty} </span>
            {copy.empty(modes[SILENT_MODE])}
          </p>
        )}
        <h3 data-slot="plan-subtitle">{copy.breakdownTitle}</h3>
        <dl data-slot="plan-breakdown">
          <div>
            <dt>{copy.starter}</dt>
            <dd>{copy.credits(starter)}</dd>
          </div>
          <div>
            <dt>{copy.onboarding}</dt>
            <dd>
              {copy.credits(onboarding)}{' '}
              <span data-slot="plan-aside">
                {copy.onboardingEarned(onboarding, ONBOARDING_CREDITS_MAX)}
              </span>
            </dd>
          </div>
          <div>
            <dt>{copy.promotions}</dt>
            <dd>{promotions > 0 ? copy.credits(promotions) : copy.promotionsNone}</dd>
          </div>
          <div data-total>
            <dt>{copy.totalGranted}</dt>
            <dd>{copy.credits(granted)}</dd>
          </div>
          <div>
            <dt>{copy.spent}</dt>
            <dd>{copy.spentValue(credits.spent)}</dd>
          </div>
          <div data-total>
            <dt>{copy.left}</dt>
            <dd>{copy.credits(balance)}</dd>
          </div>
        </dl>
        {/* Last in the card: it needs the usage history, and arriving later it moves nothing above. */}
        <CreditForecast balance={credits.balance} />
      </CardContent>
    </>
  );
}

function ProPlan({ titleId, welcome }: { titleId: string; welcome: boolean }) {
  const copy = useMessages(billingMessages).plan;
  const welcomeRef = useRef<HTMLParagraphElement>(null);
  // Only when the welcome appears, in answer to the person's upgrade: a background update
  // re-renders this card and must leave focus wherever the person has since put it.
  useEffect(() => {
    if (welcome) welcomeRef.current?.focus();
  }, [welcome]);

  return (
    <>
      <CardHeader>
        <CardTitle id={titleId}>{copy.titlePro}</CardTitle>
        <CardDescription>{copy.proSummary}</CardDescription>
      </CardHeader>
      {welcome && (
        // The upgrade button is gone with the dialog, so focus lands here, on the news.
        <p role="status" tabIndex={-1} data-slot="plan-welcome" ref={welcomeRef}>
          <span aria-hidden="true">{MARK.welcome} </span>
          {copy.welcomePro}
        </p>
      )}
      <CardContent>
        <h3 data-slot="plan-subtitle">{copy.proMonthTitle}</h3>
        <ProMonthUsage />
      </CardContent>
    </>
  );
}
