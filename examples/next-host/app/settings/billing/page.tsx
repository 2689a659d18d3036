import { BillingPage } from 'inro-ai-credits';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Billing · Acme Shop admin' };

export default function BillingSettingsPage() {
  return (
    <section aria-label="Acme settings" className="acme-settings">
      <p className="acme-crumb">Settings / Billing</p>
      <BillingPage />
    </section>
  );
}
