import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-errors';
import { errorCopy } from './copy';
import { errorReason } from './error-reason';

describe('errorReason', () => {
  it('says a known refusal in plain words', () => {
    const refused = new ApiError({
      kind: 'http',
      status: 409,
      code: 'mode_needs_credits',
      message: 'A mode that replies needs AI credits or the Pro plan.',
    });
    expect(errorReason(refused)).toBe(errorCopy.codes.mode_needs_credits);
  });

  it('tells a passing outage from a lasting failure', () => {
    expect(errorReason(new ApiError({ kind: 'network', message: 'x' }))).toBe(
      errorCopy.unreachable,
    );
    expect(
      errorReason(new ApiError({ kind: 'http', status: 503, code: 'unavailable', message: 'x' })),
    ).toBe(errorCopy.unreachable);
    expect(errorReason(new ApiError({ kind: 'contract', message: 'x', issues: [] }))).toBe(
      errorCopy.unknown,
    );
    expect(errorReason(new Error('boom'))).toBe(errorCopy.unknown);
  });
});
