import type * as v from 'valibot';
import { faultsSchema, promotionRequestSchema, scenarioRequestSchema, type RouteName } from './qa';
import { aiActionRequestSchema, setActivationModeRequestSchema } from './schemas';

/**
 * The request body of every route that takes one. A state-changing route not listed here takes no
 * body at all, and one that is sent anyway is refused: the mock validates from this table and
 * docs/API.md is rendered from it.
 */
export const REQUEST_BODIES = {
  setActivationMode: setActivationModeRequestSchema,
  aiActions: aiActionRequestSchema,
  qaScenario: scenarioRequestSchema,
  qaPromotion: promotionRequestSchema,
  qaFaults: faultsSchema,
} as const satisfies Partial<Record<RouteName, v.GenericSchema>>;

export type BodyRouteName = keyof typeof REQUEST_BODIES;

/** What a route's handler receives as its body: the parsed value, or nothing. */
export type BodyOf<N extends RouteName> = N extends BodyRouteName
  ? v.InferOutput<(typeof REQUEST_BODIES)[N]>
  : undefined;

export function takesBody(name: RouteName): name is BodyRouteName {
  return name in REQUEST_BODIES;
}

/** The largest request body the API reads; anything bigger is answered 413 unread. */
export const MAX_BODY_BYTES = 64 * 1024;
