import { ActivationRulesForm, useMessages } from '@/index';
import { appMessages } from '../messages';
import { ROUTES } from '../paths';

export function ActivationRulesRoute() {
  const copy = useMessages(appMessages);
  return (
    <>
      <h1>{copy.activationRules.title}</h1>
      <ActivationRulesForm billingHref={ROUTES.billing} />
    </>
  );
}
