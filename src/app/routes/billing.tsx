import { useCredits } from '@/lib/credits-query';

export function BillingRoute() {
  const credits = useCredits();
  return (
    <>
      <h1>Billing</h1>
      {credits.data && <p>Your plan: {credits.data.plan === 'pro' ? 'Pro' : 'Free'}</p>}
    </>
  );
}
