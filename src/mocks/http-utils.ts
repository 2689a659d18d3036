import { HttpResponse } from 'msw';
import * as v from 'valibot';
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
export function reply<S extends v.GenericSchema>(
  schema: S,
  data: v.InferInput<S>,
  init?: ResponseInit,
) {
  return HttpResponse.json(v.parse(schema, data) as Record<string, unknown>, init);
}

export function parseOrThrow<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what: string,
): v.InferOutput<S> {
  const parsed = v.safeParse(schema, withoutArraysAsObjects(schema, value), {
    // describeIssue writes a sentence for every issue the contract gives no message of its own.
    message: '',
    // One problem per value: a number that is not whole is not also too small.
    abortPipeEarly: true,
  });
  if (!parsed.success) {
    const issues = refusedKeysLast(parsed.issues).flatMap((issue) => describeIssue(issue, schema));
    throw new HttpError(
      400,
      'invalid_request',
      `The ${what} is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}.`,
      issues,
    );
  }
  return parsed.output;
}

/** What this file reads of a schema: valibot's schemas are plain objects that say what they are. */
interface SchemaParts {
  readonly type: string;
  /** What an optional, nullable or nullish schema reads a value with. */
  readonly wrapped?: SchemaParts;
  /** An object's fields. */
  readonly entries?: Readonly<Record<string, SchemaParts>>;
  /** What a record reads each value with. */
  readonly value?: SchemaParts;
  /** A picklist's values. */
  readonly options?: readonly unknown[];
}

const unwrapped = (schema: SchemaParts): SchemaParts =>
  schema.wrapped ? unwrapped(schema.wrapped) : schema;

/** The schema that reads the value at `keys` of what `schema` reads. */
function schemaAt(schema: SchemaParts, keys: readonly string[]): SchemaParts | undefined {
  let at: SchemaParts | undefined = unwrapped(schema);
  for (const key of keys) {
    const field: SchemaParts | undefined = at?.type === 'record' ? at.value : at?.entries?.[key];
    at = field && unwrapped(field);
  }
  return at;
}

/**
 * valibot reads an array as an object (its indexes as keys, `[]` as `{}`); JSON Schema, and so
 * this API, does not. An array where an object or a record is read becomes `null`, refused with
 * the sentence that names what was expected.
 */
function withoutArraysAsObjects(schema: SchemaParts, value: unknown): unknown {
  const at = unwrapped(schema);
  const readsObject = at.entries !== undefined || at.type === 'record';
  if (!readsObject || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return null;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      const inner = schemaAt(at, [key]);
      return [key, inner ? withoutArraysAsObjects(inner, field) : field];
    }),
  );
}

/** The key of a record it does not take (a strict object's unknown keys are named apart). */
function isRefusedKey(issue: v.GenericIssue): boolean {
  return (
    issue.path?.at(-1)?.origin === 'key' &&
    issue.input !== undefined &&
    issue.type !== 'strict_object'
  );
}

/**
 * A record names a key it does not take, then reads its value anyway. As a strict object does with
 * its unknown keys, only the key is named, after the record's other problems.
 */
function refusedKeysLast(issues: readonly v.GenericIssue[]): v.GenericIssue[] {
  const named: v.GenericIssue[] = [];
  // The refused keys of the record being read, held back until its last problem.
  let refused: v.GenericIssue[] = [];
  for (const issue of issues) {
    const record = refused[0]?.path?.at(-1)?.input;
    const entry = issue.path?.find((item) => item.input === record);
    if (!entry) {
      named.push(...refused);
      refused = [];
    }
    if (isRefusedKey(issue)) refused.push(issue);
    else if (!refused.some((key) => key.path?.at(-1)?.key === entry?.key)) named.push(issue);
  }
  return [...named, ...refused];
}

/**
 * One plain sentence per problem, naming what is allowed. valibot's own messages are written for
 * developers ("Invalid type: Expected string but received null"), and the client pays for none
 * of this: only the mock formats errors.
 */
export function describeIssue(
  issue: v.GenericIssue,
  root: SchemaParts,
): { path: string; message: string }[] {
  const keys = issue.path?.map((item) => String(item.key)) ?? [];
  const at = (message: string) => [{ path: keys.join('.') || '(root)', message }];
  if (issue.message) return at(issue.message);
  if (isRefusedKey(issue)) return at('this field is not allowed here');
  const last = issue.path?.at(-1);
  if (last?.origin === 'key' && issue.input !== undefined) {
    // A strict object names the first key it does not know; every one is named here.
    const parent = keys.slice(0, -1);
    const known = schemaAt(root, parent)?.entries ?? {};
    return Object.keys(last.input as object)
      .filter((key) => !Object.hasOwn(known, key))
      .map((key) => ({
        path: [...parent, key].join('.'),
        message: 'this field is not allowed here',
      }));
  }
  if (issue.kind === 'schema') return at(expecting(schemaAt(root, keys), issue.input));
  const limit = String(issue.requirement);
  switch (issue.type) {
    case 'integer':
      return at('must be a whole number');
    case 'max_length':
      return at(`must be at most ${limit}${unitOf(issue.input)}`);
    case 'max_value':
      return at(`must be at most ${limit}`);
    case 'min_length':
      return at(`must be at least ${limit}${unitOf(issue.input)}`);
    case 'min_value':
      return at(`must be at least ${limit}`);
    case 'gt_value':
      return at(`must be more than ${limit}`);
    default:
      return at(`is not valid (${issue.type})`);
  }
}

/** What a field must be, for a value of the wrong type, or none at all (a field left out). */
function expecting(schema: SchemaParts | undefined, input: unknown): string {
  if (schema?.type === 'picklist') {
    return `must be one of ${(schema.options ?? []).map((o) => JSON.stringify(o)).join(', ')}`;
  }
  const type = schema?.entries ? 'object' : (schema?.type ?? 'value');
  return input === undefined ? `is required (${article(type)})` : `must be ${article(type)}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function unitOf(input: unknown): string {
  if (typeof input === 'string') return ' characters';
  if (Array.isArray(input)) return ' items';
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
export function parseJsonBody<S extends v.GenericSchema>(
  text: string,
  schema: S,
): v.InferOutput<S> {
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
