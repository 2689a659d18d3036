import type { RefusalCode } from '@/contract/route-shapes';
import type { ActivationMode } from '@/domain/activation-modes';

/** Words more than one feature says: the activation modes' names, and why a request failed. */
export const en = () => ({
  /**
   * The names the merchant knows the activation modes by: the agent's settings, its banner and
   * the billing history all say the same words.
   */
  modes: {
    all_pending: 'All pending messages',
    specific_intents: 'Specific intents only',
    automation_only: 'Automation only',
    disable_all_replies: 'Disable all replies',
  } satisfies Record<ActivationMode, string>,
  /** Why something did not work, completing "…: {reason}"; our own words, never the server's. */
  errors: {
    codes: {
      mode_needs_credits: 'this mode needs AI credits or the Pro plan.',
      restore_needs_ai: 'AI is still off. Get new credits or move to Pro first.',
      nothing_to_restore: 'there is nothing to turn back on: the mode was already changed.',
      unknown_onboarding_step:
        'this setup step no longer exists. Reload the page to see the current list.',
      promotion_requires_free_plan: 'promotions are only for the Free plan.',
      invalid_promotion_amount: 'that promotion amount is not valid.',
      promotion_id_reused: 'that promotion was already granted.',
      idempotency_key_reused:
        'this request was already sent with different details. Please try again.',
      cursor_expired: 'the list changed while you were reading it. Reload it to see the latest.',
    } satisfies Record<RefusalCode, string>,
    unauthorized: 'you are signed out. Sign in again, then try once more.',
    refused: 'the credit service turned this request down. Please try again.',
    malformed: 'the credit service sent an answer we could not read. Please try again in a moment.',
    unreachable: 'we could not reach the credit service. Please try again in a moment.',
    unknown: 'something went wrong on our side. Please try again.',
  },
});

export type CommonMessages = ReturnType<typeof en>;
