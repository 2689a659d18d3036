import * as z from 'zod/mini';
import { ACTIVATION_MODES } from '@/domain/activation-modes';
import { AI_ACTION_KINDS, GRANT_SOURCES, PLANS } from '@/domain/credits';
import { isTimeZone } from '@/domain/time-zone';

/**
 * The API contract: one set of schemas that the client parses every response with and the mock
 * backend shapes every reply from. Field names listed in the foundation issue are frozen.
 * Written with zod/mini, whose functions tree-shake: the client pays only for what it parses.
 */

const timestamp = z.iso.datetime({ offset: true });
const count = z.int().check(z.nonnegative());

export const planSchema = z.enum(PLANS);
export const activationModeSchema = z.enum(ACTIVATION_MODES);
export const aiActionKindSchema = z.enum(AI_ACTION_KINDS);
export const aiActionOutcomeSchema = z.enum(['charged', 'skipped', 'unmetered']);

export const creditsSchema = z
  .object({
    plan: planSchema,
    /** Credits left on Free; null on Pro, where AI is not metered. */
    balance: z.nullable(count),
    granted: z.object({ starter: count, onboarding: count, promotions: count }),
    spent: count,
    aiEnabled: z.boolean(),
    /** Onboarding credits still to be earned from the checklist. */
    onboardingRemaining: count,
    updatedAt: timestamp,
    /** Grows with every change to the account: a client keeps the newest copy it has seen. */
    revision: count,
  })
  .check(
    z.refine((c) => (c.plan === 'pro') === (c.balance === null), {
      message: 'balance is null exactly when the plan is pro',
      path: ['balance'],
    }),
  );
export type Credits = z.infer<typeof creditsSchema>;

export const autoDisabledSchema = z.object({
  at: timestamp,
  reason: z.literal('credits_exhausted'),
  previousMode: activationModeSchema,
  skippedActions: count,
});

export const agentSchema = z.object({
  activationMode: activationModeSchema,
  autoDisabled: z.nullable(autoDisabledSchema),
  /** True when the auto-disabled agent can be given its previous mode back (Pro, or new credits). */
  canRestore: z.boolean(),
  revision: count,
});
export type Agent = z.infer<typeof agentSchema>;

export const setActivationModeRequestSchema = z.strictObject({ mode: activationModeSchema });

export const aiActionRequestSchema = z.strictObject({
  kind: aiActionKindSchema,
  idempotencyKey: z.string().check(z.minLength(1), z.maxLength(200)),
});

export const aiActionResponseSchema = z.object({
  outcome: aiActionOutcomeSchema,
  balance: z.nullable(count),
  /** True when this idempotency key had been seen: nothing new was charged. */
  replayed: z.boolean(),
});

const entryBase = { id: z.string(), at: timestamp };

export const LEDGER_ENTRY_TYPES = ['grant', 'ai_action', 'plan_changed', 'mode_changed'] as const;

export const ledgerEntrySchema = z.discriminatedUnion('type', [
  z.object({
    ...entryBase,
    type: z.literal('grant'),
    source: z.enum(GRANT_SOURCES),
    amount: count,
    /** Onboarding step id or promotion name: what the grant was for. */
    detail: z.nullable(z.string()),
  }),
  z.object({
    ...entryBase,
    type: z.literal('ai_action'),
    kind: aiActionKindSchema,
    outcome: aiActionOutcomeSchema,
    skipReason: z.nullable(z.enum(['no_credits', 'agent_disabled'])),
  }),
  z.object({ ...entryBase, type: z.literal('plan_changed'), from: planSchema, to: planSchema }),
  z.object({
    ...entryBase,
    type: z.literal('mode_changed'),
    from: activationModeSchema,
    to: activationModeSchema,
    by: z.enum(['merchant', 'system']),
  }),
]);
export type LedgerEntryDto = z.infer<typeof ledgerEntrySchema>;

/**
 * A whole number in a query string, written with digits only: `1e2`, `0x10`, ` 5 ` and `5.0` are
 * refused rather than read as something the client may not have meant.
 */
function queryInt(max: number) {
  const message = `must be a whole number from 1 to ${max}, in digits only`;
  return z.pipe(
    z.string().check(z.regex(/^[1-9]\d{0,8}$/, message)),
    z.pipe(z.transform(Number), z.int().check(z.maximum(max, message))),
  );
}

export const LEDGER_PAGE_MAX = 500;

export const ledgerQuerySchema = z.object({
  cursor: z.optional(
    z.string().check(z.regex(/^\d+-\d+$/, 'must be the nextCursor of a previous page, unchanged')),
  ),
  limit: z._default(queryInt(LEDGER_PAGE_MAX), 50),
  type: z.optional(z.enum(LEDGER_ENTRY_TYPES)),
  kind: z.optional(aiActionKindSchema),
});
export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

export const ledgerPageSchema = z.object({
  entries: z.array(ledgerEntrySchema),
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.nullable(z.string()),
  /** Entries matching the filter, across all pages. */
  total: count,
});
export type LedgerPage = z.infer<typeof ledgerPageSchema>;

export const onboardingSchema = z.object({
  steps: z.array(
    z.object({ id: z.string(), title: z.string(), credits: count, done: z.boolean() }),
  ),
});
export type Onboarding = z.infer<typeof onboardingSchema>;

export const onboardingStepResultSchema = z.object({ granted: count, credits: creditsSchema });

export const upgradeResponseSchema = z.object({ plan: planSchema, changed: z.boolean() });

/** Pushed on `GET /api/events` (text/event-stream) whenever the account changes. */
export const liveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('credits'), credits: creditsSchema }),
  z.object({ type: z.literal('agent'), agent: agentSchema }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Field-level problems for a malformed request. */
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export const USAGE_DAYS_MAX = 90;

export const usageQuerySchema = z.object({
  /** How many calendar days, ending today, the `days` and `byKind` answers cover. */
  days: z._default(queryInt(USAGE_DAYS_MAX), 14),
  /** The IANA time zone whose calendar days and month are counted (the merchant's). */
  timeZone: z._default(
    z.string().check(z.refine(isTimeZone, 'timeZone is not an IANA time zone')),
    'UTC',
  ),
});
export type UsageQuery = z.infer<typeof usageQuerySchema>;

const usageTally = { charged: count, skipped: count, unmetered: count };
const usageByKind = z.array(z.object({ kind: aiActionKindSchema, ...usageTally }));

/** AI actions counted per day and kind: the chart's data without paging through the ledger. */
export const usageSchema = z.object({
  timeZone: z.string(),
  /** One per day of the window, oldest first; the last is today. */
  days: z.array(
    z.object({ date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), ...usageTally }),
  ),
  /** Every kind, over the same days. */
  byKind: usageByKind,
  /** The calendar month today is in (`YYYY-MM`), up to now: what Pro shows as plain counts. */
  month: z.object({
    month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
    ...usageTally,
    byKind: usageByKind,
  }),
});
export type Usage = z.infer<typeof usageSchema>;
