import * as z from 'zod/mini';
import { API_ROUTES, type ApiRouteName, type RouteSpec } from './routes';

/**
 * The QA side of the contract: what only the company does in real life (grant a promotion, reset
 * an account) and what only a test needs (latency, failures). Served by the mock backend alone.
 */

/** Routes only the mock backend serves: what the company does by hand in real life, and test knobs. */
export const QA_ROUTES = {
  qaScenario: {
    method: 'POST',
    path: '/api/qa/scenario',
    summary: 'QA: reset the account to a named scenario.',
  },
  qaPromotion: {
    method: 'POST',
    path: '/api/qa/promotions',
    summary: 'QA: grant a promotion (Free only, once per id).',
  },
  qaFaults: {
    method: 'PUT',
    path: '/api/qa/faults',
    summary: 'QA: add latency or make routes fail.',
  },
  qaState: {
    method: 'GET',
    path: '/api/qa/state',
    summary: 'QA: the scenario, the faults and the ledger size.',
  },
} as const satisfies Record<string, RouteSpec>;

/** Every route the mock backend serves. */
export const ALL_ROUTES = { ...API_ROUTES, ...QA_ROUTES };
export type RouteName = keyof typeof ALL_ROUTES;

export const SCENARIO_NAMES = [
  'new-free',
  'onboarded',
  'low',
  'exhausted',
  'pro',
  'pro-after-exhaustion',
  'promo-after-exhaustion',
  'long-history',
] as const;
export const scenarioNameSchema = z.enum(SCENARIO_NAMES);
export type ScenarioName = z.infer<typeof scenarioNameSchema>;
export const DEFAULT_SCENARIO: ScenarioName = 'new-free';

export const scenarioRequestSchema = z.strictObject({
  name: scenarioNameSchema,
  /** Only for `long-history`: how many ledger entries to generate. */
  entries: z.optional(z.int().check(z.minimum(1), z.maximum(200_000))),
});

export const promotionRequestSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  amount: z.int().check(z.positive(), z.maximum(10_000)),
});
export type PromotionRequest = z.infer<typeof promotionRequestSchema>;

/**
 * `lost_response`: the backend does the work (a charge is recorded), then the answer is lost on the
 * way back (503). What a retry with the same idempotency key is for (rule 7).
 */
export const FAULT_KINDS = [
  'error_500',
  'error_503',
  'timeout',
  'malformed',
  'lost_response',
] as const;
export const faultKindSchema = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof faultKindSchema>;

/** Routes a fault may target: everything but the QA routes themselves. */
/** Routes a fault may target: every route of the API (never the QA routes themselves). */
export const FAULTABLE_ROUTES = Object.keys(API_ROUTES) as [ApiRouteName, ...ApiRouteName[]];
const faultableRouteSchema = z.enum(FAULTABLE_ROUTES);

export const faultsSchema = z.strictObject({
  /** Added to every non-QA response. */
  latencyMs: z._default(z.int().check(z.minimum(0), z.maximum(30_000)), 0),
  /** A fixed fault per route. */
  routes: z._default(z.partialRecord(faultableRouteSchema, faultKindSchema), {}),
  /** Share of non-QA requests (0..1) that fail at random with a 503 or a stall. */
  randomFailureRate: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0),
});
export type Faults = z.infer<typeof faultsSchema>;
export const NO_FAULTS: Faults = { latencyMs: 0, routes: {}, randomFailureRate: 0 };

export const qaStateSchema = z.object({
  scenario: z.nullable(scenarioNameSchema),
  faults: faultsSchema,
  ledgerSize: z.int().check(z.nonnegative()),
});
