import { BillingPage } from '@/features/billing/components/billing-page';
import type { CreditsState } from '@/features/billing/components/plan-card';
import { useCredits } from '@/lib/credits-query';

/**
 * Settings -> Billing. The page reads the credits query the sidebar gauge reads (the credits
 * feature owns it); the app hands it over, since features do not import each other.
 */
export function BillingRoute() {
  const query = useCredits();
  const credits: CreditsState = query.data
    ? { status: 'ready', credits: query.data }
    : query.isError
      ? { status: 'error', onRetry: () => void query.refetch() }
      : { status: 'loading' };
  return <BillingPage credits={credits} />;
}
