import * as z from 'zod/mini';
import {
  ALL_ROUTES,
  FAULT_KINDS,
  SCENARIO_NAMES,
  type RouteName,
  faultsSchema,
  promotionRequestSchema,
  qaStateSchema,
  scenarioRequestSchema,
} from './qa';
import {
  agentSchema,
  aiActionRequestSchema,
  aiActionResponseSchema,
  apiErrorSchema,
  creditsSchema,
  ledgerPageSchema,
  ledgerQuerySchema,
  liveEventSchema,
  onboardingSchema,
  onboardingStepResultSchema,
  setActivationModeRequestSchema,
  upgradeResponseSchema,
  usageQuerySchema,
  usageSchema,
} from './schemas';

/** What each route takes and gives, by schema: the docs are rendered from these, never by hand. */
const SHAPES: Partial<
  Record<RouteName, { query?: z.ZodMiniType; body?: z.ZodMiniType; response?: z.ZodMiniType }>
> = {
  credits: { response: creditsSchema },
  ledger: { query: ledgerQuerySchema, response: ledgerPageSchema },
  agent: { response: agentSchema },
  setActivationMode: { body: setActivationModeRequestSchema, response: agentSchema },
  restoreActivationMode: { response: agentSchema },
  aiActions: { body: aiActionRequestSchema, response: aiActionResponseSchema },
  onboarding: { response: onboardingSchema },
  completeOnboardingStep: { response: onboardingStepResultSchema },
  upgrade: { response: upgradeResponseSchema },
  events: { response: liveEventSchema },
  usage: { query: usageQuerySchema, response: usageSchema },
  qaScenario: { body: scenarioRequestSchema, response: qaStateSchema },
  qaPromotion: { body: promotionRequestSchema, response: creditsSchema },
  qaFaults: { body: faultsSchema, response: faultsSchema },
  qaState: { response: qaStateSchema },
};

function schemaBlock(title: string, schema: z.ZodMiniType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  delete json.$schema;
  return `${title}:\n\n\`\`\`json\n${JSON.stringify(json, null, 2)}\n\`\`\`\n`;
}

/** docs/API.md, rendered from the route table and the zod schemas. A unit test keeps it current. */
export function renderApiDocs(): string {
  const parts = [
    '# The credit API',
    '',
    '<!-- Generated from src/contract by `npm run docs:api`. Do not edit by hand: a unit test fails when it drifts. -->',
    '',
    'Every response is JSON (the events route streams `text/event-stream`). The client parses each one with the',
    'same schema the mock backend shapes it from (src/contract/schemas.ts). Errors use one shape, with a stable',
    '`code`: 400 for a malformed request (with `issues` naming each field), 404 for an unknown route, 405 for a',
    'wrong method (with `Allow`), 409 when the credit rules refuse (for example `mode_needs_credits`), 5xx only',
    'for failures (including the ones injected through the QA faults route).',
    '',
    schemaBlock('Error body', apiErrorSchema),
    `QA routes (\`/api/qa/...\`) exist only in the mock backend. Scenarios: ${SCENARIO_NAMES.map((n) => `\`${n}\``).join(', ')}.`,
    `Fault kinds: ${FAULT_KINDS.map((n) => `\`${n}\``).join(', ')}.`,
    '',
  ];
  for (const [name, route] of Object.entries(ALL_ROUTES) as [
    RouteName,
    (typeof ALL_ROUTES)[RouteName],
  ][]) {
    const shape = SHAPES[name] ?? {};
    parts.push(`## \`${route.method} ${route.path}\``, '', route.summary, '');
    if (shape.query) parts.push(schemaBlock('Query parameters', shape.query));
    if (shape.body) parts.push(schemaBlock('Request body', shape.body));
    if (shape.response)
      parts.push(schemaBlock(name === 'events' ? 'Each event' : 'Response', shape.response));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
