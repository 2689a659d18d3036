import * as v from 'valibot';
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
export const scenarioNameSchema = v.picklist(SCENARIO_NAMES);
export type ScenarioName = v.InferOutput<typeof scenarioNameSchema>;
export const DEFAULT_SCENARIO: ScenarioName = 'new-free';

export const scenarioRequestSchema = v.strictObject({
  name: scenarioNameSchema,
  /** Only for `long-history`: how many ledger entries to generate. */
  entries: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200_000))),
});

export const promotionRequestSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  amount: v.pipe(v.number(), v.integer(), v.gtValue(0), v.maxValue(10_000)),
});
export type PromotionRequest = v.InferOutput<typeof promotionRequestSchema>;

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
export const faultKindSchema = v.picklist(FAULT_KINDS);
export type FaultKind = v.InferOutput<typeof faultKindSchema>;

/** Routes a fault may target: everything but the QA routes themselves. */
/** Routes a fault may target: every route of the API (never the QA routes themselves). */
export const FAULTABLE_ROUTES = Object.keys(API_ROUTES) as [ApiRouteName, ...ApiRouteName[]];
const faultableRouteSchema = v.picklist(FAULTABLE_ROUTES);

export const faultsSchema = v.strictObject({
  /** Added to every non-QA response. */
  latencyMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(30_000)), 0),
  /** A fixed fault per route. */
  routes: v.optional(v.record(faultableRouteSchema, faultKindSchema), {}),
  /** Share of non-QA requests (0..1) that fail at random with a 503 or a stall. */
  randomFailureRate: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0),
});
export type Faults = v.InferOutput<typeof faultsSchema>;
export const NO_FAULTS: Faults = { latencyMs: 0, routes: {}, randomFailureRate: 0 };

export const qaStateSchema = v.object({
  scenario: v.nullable(scenarioNameSchema),
  faults: faultsSchema,
  ledgerSize: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
});
