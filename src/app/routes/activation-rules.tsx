import { ActivationRulesForm } from '@/index';
import { ROUTES } from '../paths';

export function ActivationRulesRoute() {
  return (
    <>
      <h1>Activation rules</h1>
      <ActivationRulesForm billingHref={ROUTES.billing} />
    </>
  );
}
