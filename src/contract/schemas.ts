import * as v from 'valibot';
import { ACTIVATION_MODES } from '@/domain/activation-modes';
import { AI_ACTION_KINDS, GRANT_SOURCES, PLANS } from '@/domain/credits';
import { isTimeZone } from '@/domain/time-zone';

/**
 * The API contract: one set of schemas that the client parses every response with and the mock
 * backend shapes every reply from. Field names listed in the foundation issue are frozen.
 * Written with valibot, whose functions tree-shake: the client pays only for what it parses.
 */

/**
 * The parser travels with the schemas: the client takes it from this module, which it loads after
 * the first paint (see loadContract), so the first JavaScript carries none of valibot.
 */
export { safeParse } from 'valibot';

/**
 * A date and time with its offset: a real calendar day, `T`, seconds, an optional fraction, then
 * `Z` or `±hh:mm`. The pattern zod's `iso.datetime` checked and docs/openapi.json publishes
 * (valibot's `isoTimestamp` would also take a space for the `T`, `+01` and 31 February); the
 * metadata gives it its JSON Schema name.
 */
const ISO_DATE_TIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const timestamp = v.pipe(v.string(), v.metadata({ format: 'date-time' }), v.regex(ISO_DATE_TIME));
/** Bounded by JavaScript's safe integers, as nothing else bounds a count (2^53 - 1 in the docs). */
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

export const planSchema = v.picklist(PLANS);
export const activationModeSchema = v.picklist(ACTIVATION_MODES);
export const aiActionKindSchema = v.picklist(AI_ACTION_KINDS);
export const aiActionOutcomeSchema = v.picklist(['charged', 'skipped', 'unmetered']);

export const creditsSchema = v.pipe(
  v.object({
    plan: planSchema,
    /** Credits left on Free; null on Pro, where AI is not metered. */
    balance: v.nullable(count),
    granted: v.object({ starter: count, onboarding: count, promotions: count }),
    spent: count,
    aiEnabled: v.boolean(),
    /** Onboarding credits still to be earned from the checklist. */
    onboardingRemaining: count,
    updatedAt: timestamp,
    /** Grows with every change to the account: a client keeps the newest copy it has seen. */
    revision: count,
  }),
  v.forward(
    v.check(
      (c) => (c.plan === 'pro') === (c.balance === null),
      'balance is null exactly when the plan is pro',
    ),
    ['balance'],
  ),
);
export type Credits = v.InferOutput<typeof creditsSchema>;

export const autoDisabledSchema = v.object({
  at: timestamp,
  reason: v.literal('credits_exhausted'),
  previousMode: activationModeSchema,
  skippedActions: count,
});

export const agentSchema = v.object({
  activationMode: activationModeSchema,
  autoDisabled: v.nullable(autoDisabledSchema),
  /** True when the auto-disabled agent can be given its previous mode back (Pro, or new credits). */
  canRestore: v.boolean(),
  revision: count,
});
export type Agent = v.InferOutput<typeof agentSchema>;

export const setActivationModeRequestSchema = v.strictObject({ mode: activationModeSchema });

export const aiActionRequestSchema = v.strictObject({
  kind: aiActionKindSchema,
  idempotencyKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});

export const aiActionResponseSchema = v.object({
  outcome: aiActionOutcomeSchema,
  balance: v.nullable(count),
  /** True when this idempotency key had been seen: nothing new was charged. */
  replayed: v.boolean(),
});

const entryBase = { id: v.string(), at: timestamp };

export const LEDGER_ENTRY_TYPES = ['grant', 'ai_action', 'plan_changed', 'mode_changed'] as const;

export const ledgerEntrySchema = v.variant('type', [
  v.object({
    ...entryBase,
    type: v.literal('grant'),
    source: v.picklist(GRANT_SOURCES),
    amount: count,
    /** Onboarding step id or promotion name: what the grant was for. */
    detail: v.nullable(v.string()),
  }),
  v.object({
    ...entryBase,
    type: v.literal('ai_action'),
    kind: aiActionKindSchema,
    outcome: aiActionOutcomeSchema,
    skipReason: v.nullable(v.picklist(['no_credits', 'agent_disabled'])),
  }),
  v.object({ ...entryBase, type: v.literal('plan_changed'), from: planSchema, to: planSchema }),
  v.object({
    ...entryBase,
    type: v.literal('mode_changed'),
    from: activationModeSchema,
    to: activationModeSchema,
    by: v.picklist(['merchant', 'system']),
  }),
]);
export type LedgerEntryDto = v.InferOutput<typeof ledgerEntrySchema>;

/**
 * A whole number in a query string, written with digits only: `1e2`, `0x10`, ` 5 ` and `5.0` are
 * refused rather than read as something the client may not have meant. Left out, it is `fallback`
 * (handed to the checks as the digits a client would have sent).
 */
function queryInt(max: number, fallback: number) {
  const message = `must be a whole number from 1 to ${max}, in digits only`;
  return v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[1-9]\d{0,8}$/, message),
      v.transform(Number),
      v.maxValue(max, message),
    ),
    String(fallback),
  );
}

export const LEDGER_PAGE_MAX = 500;

export const ledgerQuerySchema = v.object({
  cursor: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+-\d+$/, 'must be the nextCursor of a previous page, unchanged'),
    ),
  ),
  limit: queryInt(LEDGER_PAGE_MAX, 50),
  type: v.optional(v.picklist(LEDGER_ENTRY_TYPES)),
  kind: v.optional(aiActionKindSchema),
});
export type LedgerQuery = v.InferOutput<typeof ledgerQuerySchema>;

export const ledgerPageSchema = v.object({
  entries: v.array(ledgerEntrySchema),
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: v.nullable(v.string()),
  /** Entries matching the filter, across all pages. */
  total: count,
});
export type LedgerPage = v.InferOutput<typeof ledgerPageSchema>;

export const onboardingSchema = v.object({
  steps: v.array(
    v.object({ id: v.string(), title: v.string(), credits: count, done: v.boolean() }),
  ),
});
export type Onboarding = v.InferOutput<typeof onboardingSchema>;

export const onboardingStepResultSchema = v.object({ granted: count, credits: creditsSchema });

export const upgradeResponseSchema = v.object({ plan: planSchema, changed: v.boolean() });

/** Pushed on `GET /api/events` (text/event-stream) whenever the account changes. */
export const liveEventSchema = v.variant('type', [
  v.object({ type: v.literal('credits'), credits: creditsSchema }),
  v.object({ type: v.literal('agent'), agent: agentSchema }),
]);
export type LiveEvent = v.InferOutput<typeof liveEventSchema>;

export const apiErrorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    /** Field-level problems for a malformed request. */
    issues: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
  }),
});
export type ApiErrorBody = v.InferOutput<typeof apiErrorSchema>;

export const USAGE_DAYS_MAX = 90;

export const usageQuerySchema = v.object({
  /** How many calendar days, ending today, the `days` and `byKind` answers cover. */
  days: queryInt(USAGE_DAYS_MAX, 14),
  /** The IANA time zone whose calendar days and month are counted (the merchant's). */
  timeZone: v.optional(
    v.pipe(v.string(), v.check(isTimeZone, 'timeZone is not an IANA time zone')),
    'UTC',
  ),
});
export type UsageQuery = v.InferOutput<typeof usageQuerySchema>;

const usageTally = { charged: count, skipped: count, unmetered: count };
const usageByKind = v.array(v.object({ kind: aiActionKindSchema, ...usageTally }));

/** AI actions counted per day and kind: the chart's data without paging through the ledger. */
export const usageSchema = v.object({
  timeZone: v.string(),
  /** One per day of the window, oldest first; the last is today. */
  days: v.array(
    v.object({ date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), ...usageTally }),
  ),
  /** Every kind, over the same days. */
  byKind: usageByKind,
  /** The calendar month today is in (`YYYY-MM`), up to now: what Pro shows as plain counts. */
  month: v.object({
    month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
    ...usageTally,
    byKind: usageByKind,
  }),
});
export type Usage = v.InferOutput<typeof usageSchema>;
