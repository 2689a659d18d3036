/**
 * A command the rules refuse. `code` is stable (clients and tests branch on it); the message is
 * for developers reading logs, not interface copy.
 */
export type CreditRuleViolation =
  | 'unknown_onboarding_step'
  | 'promotion_requires_free_plan'
  | 'invalid_promotion_amount'
  | 'promotion_id_reused'
  | 'mode_needs_credits'
  | 'nothing_to_restore'
  | 'restore_needs_ai';

export class CreditRuleError extends Error {
  readonly code: CreditRuleViolation;

  constructor(code: CreditRuleViolation, message: string) {
    super(message);
    this.name = 'CreditRuleError';
    this.code = code;
  }
}
