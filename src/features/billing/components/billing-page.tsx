import { memo, useId } from 'react';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { useCredits } from '@/features/credits/api/use-credits';
import { useMessages } from '@/lib/i18n/locale-context';
import { useDeferredArrival } from '@/lib/scheduling/use-deferred-arrival';
import { useUpgradeToPro } from '../api/upgrade-to-pro';
import { billingMessages } from '../messages';
import { CreditUses } from './credit-uses';
import { LedgerHistory } from './ledger-history';
import { OnboardingChecklist } from './onboarding-checklist';
import { PlanCard, type CreditsState } from './plan-card';
import { UpgradeOffer } from './upgrade-offer';
import { UsageOverview } from './usage-overview';
import './billing-page.css';

/**
 * Settings -> Billing, on the live credits query: the same one the sidebar gauge reads, so the
 * page and the gauge always show the same numbers.
 */
export function BillingPage() {
  const query = useCredits();
  const credits: CreditsState = query.data
    ? { status: 'ready', credits: query.data }
    : query.isError
      ? { status: 'error', onRetry: () => void query.refetch() }
      : { status: 'loading' };
  return <BillingPageView credits={credits} />;
}

// The history takes no props and reads its own queries: memo keeps the credits changing, on their
// arrival and on every spend, from rendering it (and its rows) again.
const History = memo(LedgerHistory);

/**
 * Every state of the billing page, from the credits state it is given (stories render this). On Free: the credits in
 * full, the checklist that earns more, what spends them, the history, and the way to Pro. On Pro:
 * the plan, this month's use as plain counts, and the history.
 */
export function BillingPageView({ credits }: { credits: CreditsState }) {
  const copy = useMessages(billingMessages);
  const titleId = useId();
  // Owned here, not by the dialog: the dialog leaves with the Free layout when the plan turns Pro.
  const upgrade = useUpgradeToPro();
  const ready = credits.status === 'ready' ? credits.credits : null;
  const free = ready?.plan === 'free' ? ready : null;
  // The offer, the checklist and the credit uses first show in a deferred render after the
  // plan's (the offer keeps its place meanwhile): the plan's arrival, the page's largest paint,
  // is then not one long task with all of them in it.
  const rest = useDeferredArrival(free);

  return (
    <div data-slot="billing-page">
      <header data-slot="billing-header">
        <h1>{copy.page.title}</h1>
        <p>{copy.page.intro}</p>
      </header>

      <div data-slot="billing-top" data-columns={free || credits.status === 'loading' ? 2 : 1}>
        <PlanCard state={credits} welcome={upgrade.isSuccess && ready?.plan === 'pro'} />
        {free && rest && <UpgradeOffer credits={free} upgrade={upgrade} />}
        {(credits.status === 'loading' || (free && !rest)) && (
          // Most accounts here are on Free: keep the offer's place until it shows.
          <Card data-section="upgrade-placeholder" aria-hidden="true">
            <Skeleton width="45%" height="1.75rem" />
            <Skeleton height="12rem" />
          </Card>
        )}
      </div>

      {free && rest && (
        <div data-slot="billing-earn">
          <OnboardingChecklist earned={free.granted.onboarding} />
          <CreditUses />
        </div>
      )}

      {credits.status !== 'error' && (
        <Card asChild>
          <section aria-labelledby={titleId} data-section="billing-history">
            <h2 id={titleId} data-slot="card-title">
              {copy.usage.title}
            </h2>
            {ready ? (
              <UsageOverview plan={ready.plan} />
            ) : (
              <div data-slot="usage-overview" aria-busy="true">
                <Skeleton height="14rem" />
              </div>
            )}
            <History />
          </section>
        </Card>
      )}
    </div>
  );
}
