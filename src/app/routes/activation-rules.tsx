import { ActivationRulesForm } from '@/features/agent/components/activation-rules-form';
import { ROUTES } from '../paths';

export function ActivationRulesRoute() {
  return (
    <>
      <h1>Activation rules</h1>
      <ActivationRulesForm billingHref={ROUTES.billing} />
    </>
  );
}
