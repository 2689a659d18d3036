import { toJsonSchemaDefs, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import packageJson from '../../package.json' with { type: 'json' };
import { MAX_BODY_BYTES, REQUEST_BODIES, takesBody } from './bodies';
import {
  ALL_ROUTES,
  faultKindSchema,
  faultsSchema,
  promotionRequestSchema,
  qaStateSchema,
  type RouteName,
  scenarioNameSchema,
  scenarioRequestSchema,
} from './qa';
import { ROUTE_SHAPES, type RouteShape } from './route-shapes';
import { API_ROUTES, type RouteSpec } from './routes';
import {
  activationModeSchema,
  agentSchema,
  aiActionKindSchema,
  aiActionOutcomeSchema,
  aiActionRequestSchema,
  aiActionResponseSchema,
  apiErrorSchema,
  creditsSchema,
  ledgerEntrySchema,
  ledgerPageSchema,
  ledgerQuerySchema,
  liveEventSchema,
  onboardingSchema,
  onboardingStepResultSchema,
  planSchema,
  setActivationModeRequestSchema,
  upgradeResponseSchema,
  usageQuerySchema,
  usageSchema,
} from './schemas';

/** Where the HTTP mock serves the document (the document does not list it: it is about the API). */
export const OPENAPI_PATH = '/api/openapi.json';

/**
 * The name each shared schema has under `components/schemas`: what a code generator calls its
 * type. Every response and request body schema of ROUTE_SHAPES and REQUEST_BODIES needs one.
 */
const COMPONENTS = {
  Credits: creditsSchema,
  Agent: agentSchema,
  AiActionRequest: aiActionRequestSchema,
  AiActionResponse: aiActionResponseSchema,
  SetActivationModeRequest: setActivationModeRequestSchema,
  LedgerEntry: ledgerEntrySchema,
  LedgerPage: ledgerPageSchema,
  Onboarding: onboardingSchema,
  OnboardingStepResult: onboardingStepResultSchema,
  UpgradeResponse: upgradeResponseSchema,
  LiveEvent: liveEventSchema,
  Usage: usageSchema,
  ApiError: apiErrorSchema,
  Plan: planSchema,
  ActivationMode: activationModeSchema,
  AiActionKind: aiActionKindSchema,
  AiActionOutcome: aiActionOutcomeSchema,
  ScenarioRequest: scenarioRequestSchema,
  ScenarioName: scenarioNameSchema,
  PromotionRequest: promotionRequestSchema,
  Faults: faultsSchema,
  FaultKind: faultKindSchema,
  QaState: qaStateSchema,
};

/** Converted with the components, so that their properties refer to them; then made parameters. */
const QUERIES = { LedgerQuery: ledgerQuerySchema, UsageQuery: usageQuerySchema };

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Every schema in its input form, as valibot parses it: a request body is what the server takes, a
 * response what the client takes (it ignores fields it does not know, so a server may add some).
 * Draft 2020-12, the dialect OpenAPI 3.1 builds on; docs/API.md reads the schemas the same way.
 * Checks written as code (a balance that is null on Pro, a time zone that exists) have no JSON
 * Schema word and are left out. A record keyed by a picklist of strings is what `propertyNames`
 * says, although the converter takes only `string()` for a key.
 */
export const JSON_SCHEMA_CONFIG: ConversionConfig = {
  target: 'draft-2020-12',
  typeMode: 'input',
  ignoreActions: ['check'],
  overrideSchema: ({ valibotSchema, jsonSchema: { propertyNames }, jsonSchema }) =>
    valibotSchema.type === 'record' &&
    typeof propertyNames === 'object' &&
    propertyNames.type === 'string'
      ? jsonSchema
      : undefined,
};

/** The components and queries, each referring to the others by name where it holds one. */
function convertSchemas(): { components: Record<string, JsonSchema>; names: Map<unknown, string> } {
  const definitions = { ...COMPONENTS, ...QUERIES };
  const names = new Map<unknown, string>(
    Object.entries(definitions).map(([id, schema]) => [schema, id]),
  );
  const components = toJsonSchemaDefs(definitions, {
    ...JSON_SCHEMA_CONFIG,
    overrideRef: ({ referenceId }) => ref(referenceId).$ref,
  });
  return { components, names };
}

function errorContent(codes?: readonly string[]) {
  const schema = codes
    ? {
        allOf: [
          ref('ApiError'),
          {
            type: 'object',
            properties: { error: { type: 'object', properties: { code: { enum: [...codes] } } } },
          },
        ],
      }
    : ref('ApiError');
  return { 'application/json': { schema } };
}

const ERROR_RESPONSES = {
  BadRequest: {
    description:
      'The request is malformed: a query parameter or body field outside its schema (`invalid_request`, with `issues` naming each field and what it allows), a body that is not JSON (`invalid_json`), or a body sent to a route that takes none (`unexpected_body`).',
    content: errorContent(),
  },
  OriginNotAllowed: {
    description:
      'The page calling is from another origin: only the API’s own origin, localhost and origins it was configured with may call it.',
    content: errorContent(['origin_not_allowed']),
  },
  NotAcceptable: {
    description: 'The route streams server-sent events: send `Accept: text/event-stream`.',
    content: errorContent(['not_acceptable']),
  },
  PayloadTooLarge: {
    description: `The body is larger than ${MAX_BODY_BYTES} bytes, the most the API reads.`,
    content: errorContent(['payload_too_large']),
  },
  UnsupportedMediaType: {
    description:
      'The body is not `application/json` (a form or `text/plain` post needs no CORS preflight, so any page could send one).',
    content: errorContent(['unsupported_media_type']),
  },
  ServerError: {
    description:
      'A failure on the server’s side, never a refusal. The mock answers 500 `injected_failure` and 503 `unavailable` when QA injects them (never on QA routes).',
    content: errorContent(),
  },
};

const REFUSED: Record<404 | 409 | 410, string> = {
  404: 'Not found',
  409: 'Refused',
  410: 'Gone',
};

const refName = (name: keyof typeof ERROR_RESPONSES) => ({
  $ref: `#/components/responses/${name}`,
});

function responsesOf(route: RouteSpec, shape: RouteShape, schema: Json): Json {
  const content = shape.stream
    ? {
        'text/event-stream': {
          schema: {
            type: 'string',
            description: 'One `data:` line per event, each a LiveEvent as JSON.',
          },
          // OpenAPI 3.2 names this `itemSchema`; 3.1 has no word for what each event holds.
          'x-itemSchema': schema,
        },
      }
    : { 'application/json': { schema } };
  const responses: Json = shape.created
    ? {
        '200': { description: 'Done before: nothing new was done.', content },
        '201': { description: shape.created, content },
      }
    : { '200': { description: 'Success.', content } };
  const writes = route.method !== 'GET';
  if (shape.query || writes) responses['400'] = refName('BadRequest');
  responses['403'] = refName('OriginNotAllowed');
  for (const [status, codes] of Object.entries(shape.refusals ?? {})) {
    responses[status] = {
      description: `${REFUSED[Number(status) as 404 | 409 | 410]}: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
      content: errorContent(codes),
    };
  }
  if (shape.stream) responses['406'] = refName('NotAcceptable');
  if (writes) {
    responses['413'] = refName('PayloadTooLarge');
    responses['415'] = refName('UnsupportedMediaType');
  }
  responses['5XX'] = refName('ServerError');
  return responses;
}

/** `/api/onboarding/steps/:id/complete` as OpenAPI writes it, and its parameters. */
function pathOf(route: RouteSpec): { path: string; parameters: Json[] } {
  const parameters: Json[] = [];
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
    parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    return `{${name}}`;
  });
  return { path, parameters };
}

function queryParameters(query: JsonSchema): Json[] {
  const required = new Set(query.required ?? []);
  return Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema,
  }));
}

/**
 * docs/openapi.json: the contract as an OpenAPI 3.1 document, rendered from the same tables and
 * valibot schemas as docs/API.md. A unit test keeps the committed file current and valid.
 *
 * The QA routes are in it, under their own tag: the mock serves them and QA scripts call them, so
 * they belong to what a client of the mock can rely on; the tag says a production API need not
 * implement them.
 */
export function renderOpenApi(): Json {
  const { components, names } = convertSchemas();
  const nameOf = (schema: unknown, what: string) => {
    const name = names.get(schema);
    if (!name) throw new Error(`${what} has no name in COMPONENTS (src/contract/openapi.ts).`);
    return name;
  };
  const paths: Record<string, Json> = {};
  for (const [name, route] of Object.entries(ALL_ROUTES) as [RouteName, RouteSpec][]) {
    const shape = ROUTE_SHAPES[name];
    const { path, parameters } = pathOf(route);
    if (shape.query) {
      const query = nameOf(shape.query, `The query of ${name}`);
      parameters.push(...queryParameters(components[query]!));
    }
    const operation: Json = {
      operationId: name,
      tags: [name in API_ROUTES ? 'credits' : 'qa'],
      summary: route.summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(takesBody(name)
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: ref(nameOf(REQUEST_BODIES[name], `The body of ${name}`)),
                },
              },
            },
          }
        : {}),
      responses: responsesOf(route, shape, ref(nameOf(shape.response, `The answer of ${name}`))),
    };
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  for (const query of Object.keys(QUERIES)) delete components[query];
  return {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Inrō AI credits API',
      version: packageJson.version,
      description: [
        'The credit API behind the Free AI credits: the balance, the ledger, the agent’s activation mode, onboarding, usage and live updates.',
        'Rendered from src/contract (the valibot schemas the client parses every response with); docs/API.md says the same in prose.',
        'Every GET route answers HEAD too, and a path called with a method it does not take answers 405 with `Allow`.',
        'A change that changes nothing (a replayed idempotency key, a repeated step or promotion, an upgrade on Pro) leaves `revision` alone and sends no event.',
        `The HTTP mock (\`npm run mock-server\`) serves this document at \`GET ${OPENAPI_PATH}\`.`,
      ].join('\n\n'),
    },
    servers: [
      { url: '/', description: 'The origin the app is served from, or VITE_API_BASE_URL.' },
    ],
    tags: [
      { name: 'credits', description: 'The credit API: what a production backend implements.' },
      {
        name: 'qa',
        description:
          'Served by the mock backend only, for QA and tests: what the company does by hand in real life (reset an account, grant a promotion) and test knobs (latency, failures). A production API need not implement these.',
      },
    ],
    paths,
    components: { schemas: components, responses: ERROR_RESPONSES },
  };
}

/** The document as committed and as served: the bytes of docs/openapi.json. */
export function openApiJson(): string {
  return `${JSON.stringify(renderOpenApi(), null, 2)}\n`;
}
