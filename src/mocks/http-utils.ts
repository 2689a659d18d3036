import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import { MAX_BODY_BYTES } from '@/contract/bodies';
import type { ApiErrorBody } from '@/contract/schemas';
import { CreditRuleError, type CreditRuleViolation } from '@/domain/errors';

/** Thrown inside a resolver to answer with a 4xx; `guard` turns it into the JSON error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export function jsonError(
  status: number,
  code: string,
  message: string,
  issues?: ApiErrorBody['error']['issues'],
) {
  const body: ApiErrorBody = { error: { code, message, ...(issues ? { issues } : {}) } };
  return HttpResponse.json(body, { status });
}

/** Every reply is shaped by the same schema the client parses it with, so the two cannot drift. */
export function reply<S extends z.ZodMiniType>(schema: S, data: z.input<S>, init?: ResponseInit) {
  return HttpResponse.json(schema.parse(data) as Record<string, unknown>, init);
}

export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap(describeIssue);
    throw new HttpError(
      400,
      'invalid_request',
      `The ${what} is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}.`,
      issues,
    );
  }
  return parsed.data;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

/**
 * One plain sentence per problem, naming what is allowed. zod/mini ships no messages (each would
 * be "Invalid input"), and the client pays for none of this: only the mock formats errors.
 */
export function describeIssue(issue: Issue): { path: string; message: string }[] {
  const path = issue.path.map(String).join('.') || '(root)';
  const at = (message: string) => [{ path, message }];
  if (issue.message && issue.message !== 'Invalid input') return at(issue.message);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...issue.path.map(String), key].join('.'),
        message: 'this field is not allowed here',
      }));
    case 'invalid_type':
      return at(
        issue.input === undefined
          ? `is required (${article(issue.expected)})`
          : `must be ${article(issue.expected)}`,
      );
    case 'invalid_value':
      return at(`must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'too_big':
      return at(
        `must be at most ${String(issue.maximum)}${unitOf(issue.origin)}${issue.inclusive === false ? ' (exclusive)' : ''}`,
      );
    case 'too_small':
      return at(
        issue.inclusive === false
          ? `must be more than ${String(issue.minimum)}${unitOf(issue.origin)}`
          : `must be at least ${String(issue.minimum)}${unitOf(issue.origin)}`,
      );
    case 'invalid_format':
      return at(`must be a valid ${issue.format}`);
    default:
      return at(`is not valid (${issue.code})`);
  }
}

function article(type: string): string {
  if (type === 'int') return 'a whole number';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function unitOf(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set') return ' items';
  return '';
}

/**
 * The body as text, refused with 413 once it passes MAX_BODY_BYTES (whatever Content-Length
 * claims), and with 400 when it is not UTF-8.
 */
export async function readBodyText(request: Request): Promise<string> {
  const tooLarge = () =>
    new HttpError(
      413,
      'payload_too_large',
      `The request body is larger than ${MAX_BODY_BYTES} bytes, the most this API reads.`,
    );
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await readBodyBytes(request, tooLarge);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid UTF-8 text.');
  }
}

/**
 * The body's bytes, stopping at MAX_BODY_BYTES when it can be read as a stream. Firefox has no
 * `Request.body` (it is undefined, not null), so there the body is read whole, then measured.
 */
async function readBodyBytes(request: Request, tooLarge: () => HttpError): Promise<Uint8Array> {
  if (request.body === undefined) {
    const whole = new Uint8Array(await request.arrayBuffer());
    if (whole.byteLength > MAX_BODY_BYTES) throw tooLarge();
    return whole;
  }
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Parses a body already read (see readBodyText) with the route's schema. */
export function parseJsonBody<S extends z.ZodMiniType>(text: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(
      400,
      'invalid_json',
      text.trim() === ''
        ? 'The request has no JSON body; this route needs one.'
        : `The request body is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    );
  }
  return parseOrThrow(schema, value, 'request body');
}

/** `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJsonContentType(value: string | null): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Which pages may call the mock: its own origin, any localhost origin (the dev server, Storybook,
 * Playwright) and the ones configured. A request without an Origin header comes from no page (a
 * script, a test, a same-origin GET) and is let through; `Origin: null` (a sandboxed or local
 * file page) is not.
 */
export function isAllowedOrigin(
  origin: string | null,
  ownOrigin: string,
  allowed: readonly string[] = [],
): boolean {
  if (origin === null) return true;
  if (origin === ownOrigin || allowed.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname)
    );
  } catch {
    return false;
  }
}

/** Refusals that name something that does not exist: 404, not a rule conflict. */
const NOT_FOUND: ReadonlySet<CreditRuleViolation> = new Set(['unknown_onboarding_step']);

/**
 * Rule violations are the client's to fix (409, or 404 for what does not exist), bad input is
 * 4xx; anything else is our bug (500).
 */
export function toErrorResponse(error: unknown) {
  if (error instanceof HttpError)
    return jsonError(error.status, error.code, error.message, error.issues);
  if (error instanceof CreditRuleError)
    return jsonError(NOT_FOUND.has(error.code) ? 404 : 409, error.code, error.message);
  const message = error instanceof Error ? error.message : String(error);
  return jsonError(500, 'mock_backend_error', `The mock backend failed: ${message}`);
}
