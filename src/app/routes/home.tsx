import { TestChat } from '@/features/agent/components/test-chat';
import type { Credits } from '@/contract/schemas';
import { useCredits } from '@/lib/credits-query';
import { ROUTES } from '../paths';
import { appCopy } from '../copy';

const planOf = (credits: Credits) => credits.plan;

export function HomeRoute() {
  const plan = useCredits(planOf).data;
  return (
    <>
      <h1>{appCopy.home.title}</h1>
      <p>{plan === 'pro' ? appCopy.home.introPro : appCopy.home.introFree}</p>
      <TestChat billingHref={ROUTES.billing} />
    </>
  );
}
