import { lazy, Suspense } from 'react';
import type { Credits } from '@/contract/schemas';
import { useCredits } from '@/lib/credits-query';
import { appCopy } from '../copy';
import { ROUTES } from '../paths';

// The test chat (its words, canned replies and spend logic) loads beside the page's heading rather
// than inside the first JavaScript, which every page pays for.
const TestChat = lazy(() =>
  import('@/features/agent/components/test-chat').then((m) => ({ default: m.TestChat })),
);

const planOf = (credits: Credits) => credits.plan;

export function HomeRoute() {
  const plan = useCredits(planOf).data;
  return (
    <>
      <h1>{appCopy.home.title}</h1>
      <p>{plan === 'pro' ? appCopy.home.introPro : appCopy.home.introFree}</p>
      <Suspense fallback={null}>
        <TestChat billingHref={ROUTES.billing} />
      </Suspense>
    </>
  );
}
