import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, REQUEST_BODIES } from '@/contract/bodies';
import { parseJsonBody, readBodyText } from './http-utils';

/** A request as Firefox hands it over: `body` is undefined (not implemented), not null. */
function withoutBodyStream(request: Request): Request {
  Object.defineProperty(request, 'body', { value: undefined });
  return request;
}

const post = (body: string) =>
  new Request('http://127.0.0.1/api/ai-actions', { method: 'POST', body });

describe('readBodyText', () => {
  it('reads the body from the stream where there is one', async () => {
    await expect(readBodyText(post('{"kind":"dm_reply"}'))).resolves.toBe('{"kind":"dm_reply"}');
  });

  it('reads the body whole where the engine has no body stream (Firefox)', async () => {
    await expect(readBodyText(withoutBodyStream(post('{"kind":"dm_reply"}')))).resolves.toBe(
      '{"kind":"dm_reply"}',
    );
  });

  it('refuses an oversized body either way', async () => {
    const large = 'x'.repeat(MAX_BODY_BYTES + 1);
    await expect(readBodyText(withoutBodyStream(post(large)))).rejects.toMatchObject({
      status: 413,
    });
    await expect(readBodyText(post(large))).rejects.toMatchObject({ status: 413 });
  });

  it('reads no body as empty text', async () => {
    await expect(
      readBodyText(new Request('http://127.0.0.1/api/billing/upgrade', { method: 'POST' })),
    ).resolves.toBe('');
  });
});

describe('parseJsonBody', () => {
  const { aiActions, qaFaults, qaPromotion } = REQUEST_BODIES;

  it.each([
    ['an array given for an object', qaFaults, [], '(root): must be an object'],
    ['an array given for a record', qaFaults, { routes: [] }, 'routes: must be a record'],
    [
      'every field an object does not know',
      aiActions,
      { kind: 'dm_reply', idempotencyKey: 'k', extra: 1, other: 2 },
      'extra: this field is not allowed here; other: this field is not allowed here',
    ],
    [
      'a key a record does not take after its other problems, and not its value',
      qaFaults,
      { routes: { nowhere: 5, credits: 'never' } },
      'routes.credits: must be one of "error_500", "error_503", "timeout", "malformed", "lost_response"; routes.nowhere: this field is not allowed here',
    ],
    [
      'the fields left out, and what each takes',
      qaPromotion,
      { amount: 5 },
      'id: is required (a string); name: is required (a string)',
    ],
    [
      'the first problem of a value only',
      qaPromotion,
      { id: 'p', name: 'P', amount: -0.5 },
      'amount: must be a whole number',
    ],
  ])('names %s', (_, schema, json, problems) => {
    expect(() => parseJsonBody(JSON.stringify(json), schema)).toThrow(
      `The request body is not valid: ${problems}.`,
    );
  });
});
