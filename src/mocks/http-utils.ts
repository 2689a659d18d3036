import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import { CreditRuleError } from '@/domain/errors';
import type { ApiErrorBody } from '@/contract/schemas';

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
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.') || '(root)',
      message: issue.message,
    }));
    throw new HttpError(
      400,
      'invalid_request',
      `The ${what} is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    );
  }
  return parsed.data;
}

export async function readJson<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  const text = await request.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(
      400,
      'invalid_json',
      text.trim() === '' ? 'The request has no JSON body.' : 'The request body is not valid JSON.',
    );
  }
  return parseOrThrow(schema, value, 'request body');
}

/** Rule violations are the client's to fix (409), bad input is 400; anything else is our bug (500). */
export function toErrorResponse(error: unknown) {
  if (error instanceof HttpError)
    return jsonError(error.status, error.code, error.message, error.issues);
  if (error instanceof CreditRuleError) return jsonError(409, error.code, error.message);
  const message = error instanceof Error ? error.message : String(error);
  return jsonError(500, 'mock_backend_error', `The mock backend failed: ${message}`);
}
