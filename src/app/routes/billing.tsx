import { useCredits } from '@/features/credits/api/get-credits';

export function BillingRoute() {
  const credits = useCredits();
  return (
    <>
      <h1>Billing</h1>
      {credits.data && <p>Your plan: {credits.data.plan === 'pro' ? 'Pro' : 'Free'}</p>}
    </>
  );
}
