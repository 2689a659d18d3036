import { BillingPage } from '@/index';

/** Settings -> Billing: the package's page, on the credits query the sidebar gauge reads. */
export function BillingRoute() {
  return <BillingPage />;
}
