import { TestChat, useCredits, type Credits } from '@/index';
import { appCopy } from '../copy';
import { ROUTES } from '../paths';

const planOf = (credits: Credits) => credits.plan;

export function HomeRoute() {
  const plan = useCredits(planOf).data;
  return (
    <>
      <h1>{appCopy.home.title}</h1>
      <p>{plan === 'pro' ? appCopy.home.introPro : appCopy.home.introFree}</p>
      {/* Its code loads beside the heading, not inside the first JavaScript. */}
      <TestChat billingHref={ROUTES.billing} />
    </>
  );
}
