import { ActivationRulesForm } from 'inro-ai-credits';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'AI Agent · Acme Shop admin' };

export default function AgentSettingsPage() {
  return (
    <section aria-label="Acme settings" className="acme-settings">
      <p className="acme-crumb">Settings / AI Agent</p>
      <ActivationRulesForm billingHref="/settings/billing" />
    </section>
  );
}
