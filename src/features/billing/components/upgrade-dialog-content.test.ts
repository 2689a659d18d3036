import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-errors';
import { commonMessages } from '@/lib/i18n/common';
import { createFormats } from '@/lib/i18n/formats';
import { en } from '../messages/en';
import { failureOf } from './upgrade-dialog-content';

const f = createFormats('en');
const failed = en(f).upgrade.failed;
const { errors } = commonMessages.en(f);
const http = (status: number, code: string) =>
  new ApiError({ kind: 'http', status, code, message: 'Raw words from the server.' });

describe('failureOf', () => {
  it('tells a refusal in our words for its code, never the server’s message', () => {
    const failure = failureOf(http(409, 'promotion_id_reused'), failed, errors);
    expect(failure).toEqual({
      message: 'Checkout refused the upgrade: that promotion was already granted.',
      nothingChanged: true,
    });
    expect(failureOf(http(400, 'no_such_code'), failed, errors).message).toBe(
      'Checkout refused the upgrade: the credit service turned this request down. Please try again.',
    );
  });

  it('says checkout is in trouble, with its status, when the server fails', () => {
    expect(failureOf(http(503, 'unavailable'), failed, errors)).toEqual({
      message: 'Checkout is having trouble right now (error 503). Try again in a moment.',
      nothingChanged: true,
    });
  });

  it('does not promise that nothing changed when the answer never came back', () => {
    expect(failureOf(new ApiError({ kind: 'timeout', message: 'x' }), failed, errors)).toEqual({
      message: failed.timeout,
      nothingChanged: false,
    });
    expect(failureOf(new Error('boom'), failed, errors)).toEqual({
      message: failed.unknown,
      nothingChanged: false,
    });
  });
});
