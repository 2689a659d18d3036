import type { ActivationMode } from './activation-modes';
import type { AiActionKind, Plan } from './credits';

/**
 * The append-only ledger. Every change to an account is one of these events; the account's state
 * is a fold over them (see account.ts), so the balance can always be explained entry by entry.
 * `at` is an ISO-8601 timestamp.
 */
export type LedgerEvent =
  | { type: 'grant'; source: 'starter'; amount: number; at: string }
  | { type: 'grant'; source: 'onboarding'; stepId: string; amount: number; at: string }
  | {
      type: 'grant';
      source: 'promotion';
      promotionId: string;
      name: string;
      amount: number;
      at: string;
    }
  | {
      type: 'ai_action';
      kind: AiActionKind;
      idempotencyKey: string;
      outcome: 'charged' | 'unmetered';
      at: string;
    }
  | {
      type: 'ai_action';
      kind: AiActionKind;
      idempotencyKey: string;
      outcome: 'skipped';
      reason: SkipReason;
      at: string;
    }
  | { type: 'plan_changed'; from: Plan; to: Plan; at: string }
  | {
      type: 'mode_changed';
      from: ActivationMode;
      to: ActivationMode;
      by: 'merchant' | 'system';
      /** Set when the system switched the mode; the merchant needs no reason. */
      reason?: 'credits_exhausted';
      at: string;
    };

export type AiActionEvent = Extract<LedgerEvent, { type: 'ai_action' }>;
export type AiActionOutcome = AiActionEvent['outcome'];

/**
 * Why an action ran without spending: the Free balance is empty (AI is off), or the agent is on
 * "Disable all replies" and the action would have answered a contact.
 */
export type SkipReason = 'no_credits' | 'agent_disabled';

/** A ledger event as stored: numbered in the order it was appended. */
export type LedgerEntry = LedgerEvent & { seq: number };
