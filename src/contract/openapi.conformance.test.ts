/**
 * The document is honest: what the mock backend answers, and what it takes, is what
 * docs/openapi.json says, read by a JSON Schema 2020-12 validator of its own (not by valibot, which
 * the document was rendered from). Each answer is checked against the schema the document gives
 * for its path, method and status.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ONBOARDING_STEPS } from '@/domain/credits';
import { createMemoryBackend } from '@/mocks/memory-backend';
import type { ScenarioName } from './qa';

interface ResponseObject {
  $ref?: string;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
}

const DOCUMENT_ID = 'https://inro.example/openapi.json';
const document = JSON.parse(
  readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
// The document's own fields, beside the schemas it holds: words for ajv to pass over, not keywords.
ajv.addVocabulary([
  'openapi',
  'jsonSchemaDialect',
  'info',
  'servers',
  'tags',
  'paths',
  'components',
]);
ajv.addSchema(document, DOCUMENT_ID);

const pointer = (...tokens: string[]) =>
  tokens.map((token) => `/${token.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

const validators = new Map<string, ValidateFunction>();
function validatorAt(at: string): ValidateFunction {
  let validate = validators.get(at);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${at}` });
    validators.set(at, validate);
  }
  return validate;
}

/** The document's path template a request path falls under, e.g. /api/onboarding/steps/{id}/complete. */
function templateOf(pathname: string): string {
  const templates = Object.keys(document.paths).filter((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname),
  );
  expect(templates, `templates for ${pathname}`).toHaveLength(1);
  return templates[0]!;
}

/** The schema the document gives this answer: by its exact status, or else its range (5XX). */
function answerSchema(request: Request, status: number, mediaType: string): ValidateFunction {
  const template = templateOf(new URL(request.url).pathname);
  const method = request.method.toLowerCase();
  const responses = document.paths[template]?.[method]?.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`].find((k) => k in responses);
  if (!key) throw new Error(`The document has no ${status} for ${request.method} ${template}.`);
  const response = responses[key]!;
  const at = response.$ref?.slice(1) ?? pointer('paths', template, method, 'responses', key);
  const field = mediaType === 'text/event-stream' ? 'x-itemSchema' : 'schema';
  return validatorAt(`${at}${pointer('content', mediaType, field)}`);
}

function bodySchema(method: string, template: string): ValidateFunction {
  return validatorAt(
    pointer('paths', template, method, 'requestBody', 'content', 'application/json', 'schema'),
  );
}

const origin = 'http://mock.test';

function backend(scenario: ScenarioName) {
  const { handlers } = createMemoryBackend(scenario, {
    now: () => Date.parse('2026-11-24T12:00:00Z'),
    random: () => 0.99,
  });
  return (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const request = new Request(`${origin}${path}`, {
      ...rest,
      headers: json === undefined ? rest.headers : { 'content-type': 'application/json' },
      body: json === undefined ? rest.body : JSON.stringify(json),
    });
    return send(handlers, request);
  };
}

async function send(handlers: Parameters<typeof getResponse>[0], request: Request) {
  const response = await getResponse(handlers, request.clone());
  if (!response) throw new Error(`The mock has no answer for ${request.method} ${request.url}.`);
  return { request, response };
}

/** The answer's JSON body, checked against the document; the body, for what a test asserts next. */
async function conforming({ request, response }: { request: Request; response: Response }) {
  const body: unknown = await response.json();
  const validate = answerSchema(request, response.status, 'application/json');
  expect(validate(body) ? [] : validate.errors, `${request.method} ${request.url}`).toEqual([]);
  return { status: response.status, body };
}

const step = ONBOARDING_STEPS[0]!.id;

describe('the mock answers as docs/openapi.json says', () => {
  it.each([
    ['new-free', '/api/credits'],
    ['pro', '/api/credits'],
    ['new-free', '/api/agent'],
    ['exhausted', '/api/agent'],
    ['new-free', '/api/onboarding'],
    ['onboarded', '/api/onboarding'],
    ['low', '/api/credits/usage?days=7&timeZone=Europe/Paris'],
    ['pro', '/api/credits/usage'],
    ['exhausted', '/api/qa/state'],
  ] as const)('%s: GET %s', async (scenario, path) => {
    expect((await conforming(await backend(scenario)(path))).status).toBe(200);
  });

  it('GET /api/credits/ledger, with an entry of every type', async () => {
    const { body } = await conforming(
      await backend('pro-after-exhaustion')('/api/credits/ledger?limit=500'),
    );
    const types = new Set((body as { entries: { type: string }[] }).entries.map((e) => e.type));
    expect([...types].sort()).toEqual(['ai_action', 'grant', 'mode_changed', 'plan_changed']);
  });

  it('the writes: a spend (201, then 200 replayed), a step, a mode, a promotion, an upgrade, QA', async () => {
    const call = backend('onboarded');
    const spend = { method: 'POST', json: { kind: 'dm_reply', idempotencyKey: 'k-1' } };
    const answers = [
      await conforming(await call('/api/ai-actions', spend)),
      await conforming(await call('/api/ai-actions', spend)),
      await conforming(await call(`/api/onboarding/steps/${step}/complete`, { method: 'POST' })),
      await conforming(
        await call('/api/agent/activation-mode', { method: 'PUT', json: { mode: 'all_pending' } }),
      ),
      await conforming(
        await call('/api/qa/promotions', {
          method: 'POST',
          json: { id: 'p-1', name: 'P', amount: 5 },
        }),
      ),
      await conforming(await call('/api/billing/upgrade', { method: 'POST' })),
      await conforming(await call('/api/qa/faults', { method: 'PUT', json: { latencyMs: 0 } })),
      await conforming(await call('/api/qa/scenario', { method: 'POST', json: { name: 'low' } })),
    ];
    expect(answers.map((a) => a.status)).toEqual([201, 200, 200, 200, 201, 200, 200, 200]);
  });

  it.each([
    [
      'a mode that needs credits on an empty balance',
      'exhausted',
      '/api/agent/activation-mode',
      { method: 'PUT', json: { mode: 'all_pending' } },
      409,
      'mode_needs_credits',
    ],
    [
      'a limit that is not digits',
      'low',
      '/api/credits/ledger?limit=1e2',
      {},
      400,
      'invalid_request',
    ],
    [
      'a cursor from before a reset',
      'low',
      '/api/credits/ledger?cursor=987654-5',
      {},
      410,
      'cursor_expired',
    ],
    [
      'an unknown onboarding step',
      'new-free',
      '/api/onboarding/steps/fly/complete',
      { method: 'POST' },
      404,
      'unknown_onboarding_step',
    ],
    [
      'a page from another site',
      'new-free',
      '/api/credits',
      { headers: { origin: 'https://evil.example' } },
      403,
      'origin_not_allowed',
    ],
    [
      'a spend sent as text/plain',
      'new-free',
      '/api/ai-actions',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' },
      415,
      'unsupported_media_type',
    ],
    ['the events route without its Accept', 'new-free', '/api/events', {}, 406, 'not_acceptable'],
  ] as const)(
    'refuses %s with the error the document gives',
    async (_, scenario, path, init, status, code) => {
      const { status: answered, body } = await conforming(await backend(scenario)(path, init));
      expect([answered, (body as { error: { code: string } }).error.code]).toEqual([status, code]);
    },
  );

  it('a failure injected by QA, under 5XX', async () => {
    const call = backend('new-free');
    await call('/api/qa/faults', { method: 'PUT', json: { routes: { credits: 'error_503' } } });
    expect((await conforming(await call('/api/credits'))).status).toBe(503);
  });

  it('each live event, as the events route describes it', async () => {
    const { request, response } = await backend('exhausted')('/api/events', {
      headers: { accept: 'text/event-stream' },
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (text.split('\n\n').length < 3) {
      const { done, value } = await reader.read();
      if (done) break;
      text += value;
    }
    await reader.cancel();
    const events = text
      .split('\n\n')
      .filter((frame) => frame.startsWith('data: '))
      .map((frame) => JSON.parse(frame.slice('data: '.length)) as { type: string });
    const validate = answerSchema(request, 200, 'text/event-stream');
    expect(events.map((event) => event.type).sort()).toEqual(['agent', 'credits']);
    for (const event of events) expect(validate(event) ? [] : validate.errors).toEqual([]);
  });

  // The check above must be able to fail: QA's malformed answer is not what the document says.
  it('finds a malformed answer out', async () => {
    const call = backend('new-free');
    await call('/api/qa/faults', { method: 'PUT', json: { routes: { credits: 'malformed' } } });
    const { request, response } = await call('/api/credits');
    expect(answerSchema(request, response.status, 'application/json')(await response.json())).toBe(
      false,
    );
  });
});

describe('the mock takes the request bodies docs/openapi.json says, and no others', () => {
  it.each([
    [{ kind: 'dm_reply', idempotencyKey: 'k' }, true],
    [{ kind: 'dm_reply', idempotencyKey: 'k'.repeat(201) }, false],
    [{ kind: 'dm_reply', idempotencyKey: 'k', extra: true }, false],
    [{ kind: 'telepathy', idempotencyKey: 'k' }, false],
    [{ kind: 'dm_reply' }, false],
  ])('POST /api/ai-actions %j: accepted %s by both', async (json, accepted) => {
    const { response } = await backend('onboarded')('/api/ai-actions', { method: 'POST', json });
    expect([response.ok, bodySchema('post', '/api/ai-actions')(json)]).toEqual([
      accepted,
      accepted,
    ]);
  });

  it.each([
    [{ name: 'long-history', entries: 10 }, true],
    [{ name: 'long-history', entries: 0 }, false],
    [{ name: 'nowhere' }, false],
  ])('POST /api/qa/scenario %j: accepted %s by both', async (json, accepted) => {
    const { response } = await backend('new-free')('/api/qa/scenario', { method: 'POST', json });
    expect([response.ok, bodySchema('post', '/api/qa/scenario')(json)]).toEqual([
      accepted,
      accepted,
    ]);
  });
});
