/**
 * The public entry of the component set: what a host app imports (`inro-ai-credits`), and all
 * that this repository's own app imports. The mock backend is a separate entry (`./mock.ts`,
 * `inro-ai-credits/mock`), so an app that talks to a real API never bundles it.
 */

// Setup
export {
  CreditsProvider,
  type CreditsCatalog,
  type CreditsProviderProps,
} from './credits-provider-typed';
export type { LinkComponent, LinkProps } from '@/lib/link';
export type { LiveChannel, LiveListener } from '@/lib/live/live-updates';
export { useLiveConnection, type LiveConnection } from '@/lib/live/live-connection';
export { ApiError, isApiError, type ApiFailure } from '@/lib/api/api-errors';

// Language
export {
  useFormats,
  useLocale,
  useMessages,
  type ActiveLocale,
} from '@/lib/i18n/locale-context';
export {
  defineMessages,
  rich,
  type HostMessages,
  type LocaleState,
  type MessageOverrides,
  type MessageSource,
  type Translation,
} from '@/lib/i18n/messages';
export type { Formats, PluralForms } from '@/lib/i18n/formats';
export { BUILT_IN_LOCALES, PSEUDO_ACCENTED, PSEUDO_RTL } from '@/lib/i18n/locales';

// Components
export { CreditsGauge } from '@/features/credits/components/credits-gauge';
export { AutoDisabledBanner } from '@/features/agent/components/auto-disabled-banner';
export { ActivationRulesForm } from '@/features/agent/components/activation-rules-form';
export { LazyTestChat as TestChat } from '@/features/agent/components/lazy-test-chat';
export { BillingPage } from '@/features/billing/components/billing-page';
export { PlanCard, type CreditsState } from '@/features/billing/components/plan-card';
export { OnboardingChecklist } from '@/features/billing/components/onboarding-checklist';
export { CreditUses } from '@/features/billing/components/credit-uses';
export { UsageOverview } from '@/features/billing/components/usage-overview';
export { LedgerHistory } from '@/features/billing/components/ledger-history';

// Hooks and query options (for prefetching, or reading the data into a host's own UI)
export { creditsQueryOptions } from '@/features/credits/api/credits-query';
export { useCredits } from '@/features/credits/api/use-credits';
export { agentQueryOptions } from '@/features/agent/api/get-agent';
export { useAgent } from '@/features/agent/api/use-agent';
export { useSetActivationMode } from '@/features/agent/api/set-activation-mode';
export { useRestoreActivationMode } from '@/features/agent/api/restore-activation-mode';
export { useSpendTestChatReply } from '@/features/agent/api/spend-test-chat-reply';
export { ledgerQueryOptions, type LedgerFilters } from '@/features/billing/api/get-ledger';
export { useLedger } from '@/features/billing/api/use-ledger';
export { useOnboarding, onboardingQueryOptions } from '@/features/billing/api/get-onboarding';
export { useCompleteOnboardingStep } from '@/features/billing/api/complete-onboarding-step';
export { useUsage, usageQueryOptions } from '@/features/billing/api/get-usage';
export { useUpgradeToPro } from '@/features/billing/api/upgrade-to-pro';
export { usePrefetchBillingPage } from '@/features/billing/api/prefetch-billing-page';
export { queryKeys } from '@/lib/api/query-keys';

// The contract's types and the credit rules' names
export type {
  Agent,
  Credits,
  LedgerEntryDto as LedgerEntry,
  LedgerPage,
  LiveEvent,
  Onboarding,
  Usage,
  ApiErrorBody,
} from '@/contract/schemas';
export type { ActivationMode } from '@/domain/activation-modes';
export type { AiActionKind, Plan } from '@/domain/credits';
