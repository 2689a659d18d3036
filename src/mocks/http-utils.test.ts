import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '@/contract/bodies';
import { readBodyText } from './http-utils';

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
