import type { AgentMessages } from '@/features/agent/messages/en';
import type { BillingMessages } from '@/features/billing/messages/en';
import type { CreditsMessages } from '@/features/credits/messages/en';
import {
  CreditsProvider as Provider,
  type CreditsProviderProps as ProviderProps,
} from '@/lib/credits-provider';
import type { CommonMessages } from '@/lib/i18n/common/en';

/**
 * Every message of the package, by catalog: what `CreditsProvider`'s `messages` override, with
 * the arguments each one takes. Its own module: the entry stays re-exports only, which the
 * bundler looks through (with a statement of its own, the entry pulled every page into the
 * first chunk).
 */
export interface CreditsCatalog {
  common: CommonMessages;
  credits: CreditsMessages;
  agent: AgentMessages;
  billing: BillingMessages;
}
export type CreditsProviderProps = ProviderProps<CreditsCatalog>;
export const CreditsProvider = Provider<CreditsCatalog>;
