import { TestChat, useCredits, useMessages, type Credits } from '@/index';
import { appMessages } from '../messages';
import { ROUTES } from '../paths';

const planOf = (credits: Credits) => credits.plan;

export function HomeRoute() {
  const copy = useMessages(appMessages);
  const plan = useCredits(planOf).data;
  return (
    <>
      <h1>{copy.home.title}</h1>
      <p>{plan === 'pro' ? copy.home.introPro : copy.home.introFree}</p>
      {/* Its code loads beside the heading, not inside the first JavaScript. */}
      <TestChat billingHref={ROUTES.billing} />
    </>
  );
}
