import type { ActivationMode } from '@/domain/activation-modes';

/**
 * The names the merchant knows the activation modes by, written once: the agent's settings, its
 * banner and the billing history all say the same words.
 */
const MODE_NAMES: Record<ActivationMode, string> = {
  all_pending: 'All pending messages',
  specific_intents: 'Specific intents only',
  automation_only: 'Automation only',
  disable_all_replies: 'Disable all replies',
};

export function modeName(mode: ActivationMode): string {
  return MODE_NAMES[mode];
}
