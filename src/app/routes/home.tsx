import { TestChat } from '@/features/agent/components/test-chat';
import type { Credits } from '@/contract/schemas';
import { useCredits } from '@/lib/credits-query';
import { ROUTES } from '../paths';

const planOf = (credits: Credits) => credits.plan;

export function HomeRoute() {
  const plan = useCredits(planOf).data;
  return (
    <>
      <h1>Your AI Agent</h1>
      <p>
        {plan === 'pro'
          ? 'You are on Pro: AI replies are included with no limits.'
          : 'The agent answers your Instagram DMs. On the Free plan each AI action uses one credit from your balance.'}
      </p>
      <TestChat billingHref={ROUTES.billing} />
    </>
  );
}
