import type * as v from 'valibot';
import type { CreditRuleViolation } from '@/domain/errors';
import { faultsSchema, qaStateSchema, type RouteName } from './qa';
import {
  agentSchema,
  aiActionResponseSchema,
  creditsSchema,
  ledgerPageSchema,
  ledgerQuerySchema,
  liveEventSchema,
  onboardingSchema,
  onboardingStepResultSchema,
  upgradeResponseSchema,
  usageQuerySchema,
  usageSchema,
} from './schemas';

/** The error codes a route refuses with besides the ones every route may answer. */
export type RefusalCode = CreditRuleViolation | 'idempotency_key_reused' | 'cursor_expired';

export interface RouteShape {
  /** The query string the route reads, when it reads one. */
  readonly query?: v.GenericSchema;
  /** The body of a success; for a streaming route, each event on the stream. */
  readonly response: v.GenericSchema;
  /** Streams server-sent events (`text/event-stream`), and answers 406 to a request without that Accept. */
  readonly stream?: true;
  /** 201 when the change is made now, 200 when it had been made before (a replay): what happened now. */
  readonly created?: string;
  /** The refusals of this route alone, by status, with their stable `code`s. */
  readonly refusals?: Partial<Record<404 | 409 | 410, readonly RefusalCode[]>>;
}

/**
 * What each route takes and gives, by schema: docs/API.md and docs/openapi.json are rendered from
 * this table, never by hand. Request bodies come from REQUEST_BODIES, the table the mock validates
 * with. Every route is here: the compiler refuses a route without its answer.
 */
export const ROUTE_SHAPES: Readonly<Record<RouteName, RouteShape>> = {
  credits: { response: creditsSchema },
  ledger: {
    query: ledgerQuerySchema,
    response: ledgerPageSchema,
    refusals: { 410: ['cursor_expired'] },
  },
  agent: { response: agentSchema },
  setActivationMode: { response: agentSchema, refusals: { 409: ['mode_needs_credits'] } },
  restoreActivationMode: {
    response: agentSchema,
    refusals: { 409: ['nothing_to_restore', 'restore_needs_ai'] },
  },
  aiActions: {
    response: aiActionResponseSchema,
    created: 'The action was recorded now; a replayed idempotency key is answered 200.',
    refusals: { 409: ['idempotency_key_reused'] },
  },
  onboarding: { response: onboardingSchema },
  completeOnboardingStep: {
    response: onboardingStepResultSchema,
    refusals: { 404: ['unknown_onboarding_step'] },
  },
  upgrade: { response: upgradeResponseSchema },
  events: { response: liveEventSchema, stream: true },
  usage: { query: usageQuerySchema, response: usageSchema },
  qaScenario: { response: qaStateSchema },
  qaPromotion: {
    response: creditsSchema,
    created: 'The promotion was granted now; the same promotion again is answered 200.',
    refusals: { 409: ['promotion_requires_free_plan', 'promotion_id_reused'] },
  },
  qaFaults: { response: faultsSchema },
  qaState: { response: qaStateSchema },
};
