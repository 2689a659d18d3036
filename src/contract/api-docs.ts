import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { MAX_BODY_BYTES, REQUEST_BODIES, takesBody } from './bodies';
import { JSON_SCHEMA_CONFIG, OPENAPI_PATH } from './openapi';
import { ALL_ROUTES, FAULT_KINDS, SCENARIO_NAMES, type RouteName } from './qa';
import { ROUTE_SHAPES } from './route-shapes';
import { apiErrorSchema } from './schemas';

function schemaBlock(title: string, schema: v.GenericSchema): string {
  const json = toJsonSchema(schema, JSON_SCHEMA_CONFIG);
  delete json.$schema;
  return `${title}:\n\n\`\`\`json\n${JSON.stringify(json, null, 2)}\n\`\`\`\n`;
}

/** docs/API.md, from the route table and the valibot schemas. A unit test keeps it current. */
export function renderApiDocs(): string {
  const parts = [
    '# The credit API',
    '',
    '<!-- Generated from src/contract by `npm run docs:api`. Do not edit by hand: a unit test fails when it drifts. -->',
    '',
    'Every response is JSON (the events route streams `text/event-stream`). The client parses each one with the',
    'same schema the mock backend shapes it from (src/contract/schemas.ts). Errors use one shape, with a stable',
    '`code`: 400 for a malformed request (with `issues` naming each field and what it allows), 403',
    '`origin_not_allowed` for a page from another origin, 404 for an unknown route or onboarding step, 405 for a',
    'wrong method (with `Allow`), 409 when the credit rules refuse (for example `mode_needs_credits`,',
    '`promotion_id_reused`), 410 `cursor_expired` for a ledger cursor from before a reset, 413',
    `\`payload_too_large\` for a body over ${MAX_BODY_BYTES} bytes, 415 \`unsupported_media_type\` for a body that is`,
    'not `application/json`, 5xx only for failures (including the ones injected through the QA faults route).',
    '',
    'Every GET route answers HEAD too. A POST or PUT route without a request body below takes none: a body sent',
    'anyway is refused (400 `unexpected_body`). Pages may call the API from its own origin and from localhost;',
    'the HTTP mock server adds the origins given with `--allow-origin`. A change that changes nothing (a replayed',
    'idempotency key, a repeated step or promotion, an upgrade on Pro) leaves `revision` alone and sends no event.',
    '',
    'The same contract as an OpenAPI 3.1 document, for code generators and contract tests: [openapi.json](openapi.json),',
    `rendered by the same command and served by the HTTP mock server at \`GET ${OPENAPI_PATH}\`.`,
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
    const shape = ROUTE_SHAPES[name];
    parts.push(`## \`${route.method} ${route.path}\``, '', route.summary, '');
    if (shape.query) parts.push(schemaBlock('Query parameters', shape.query));
    if (takesBody(name)) parts.push(schemaBlock('Request body', REQUEST_BODIES[name]));
    parts.push(schemaBlock(shape.stream ? 'Each event' : 'Response', shape.response));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
