import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-errors';
import { errorReason } from './common';
import { en } from './common/en';

const words = en().errors;

describe('errorReason', () => {
  it('says a known refusal in our words, never the server’s', () => {
    const refused = new ApiError({
      kind: 'http',
      status: 409,
      code: 'mode_needs_credits',
      message: 'A mode that replies needs AI credits or the Pro plan.',
    });
    expect(errorReason(refused, words)).toBe(words.codes.mode_needs_credits);
  });

  it('tells a passing outage from a lasting failure', () => {
    expect(errorReason(new ApiError({ kind: 'network', message: 'x' }), words)).toBe(
      words.unreachable,
    );
    expect(errorReason(new ApiError({ kind: 'timeout', message: 'x' }), words)).toBe(
      words.unreachable,
    );
    expect(
      errorReason(
        new ApiError({ kind: 'http', status: 503, code: 'unavailable', message: 'x' }),
        words,
      ),
    ).toBe(words.unreachable);
    expect(
      errorReason(
        new ApiError({ kind: 'http', status: 429, code: 'rate_limited', message: 'Slow down.' }),
        words,
      ),
    ).toBe(words.refused);
    expect(
      errorReason(new ApiError({ kind: 'http', status: 401, code: 'x', message: 'x' }), words),
    ).toBe(words.unauthorized);
  });

  it('says an unreadable answer or an unexpected error in words of its own', () => {
    expect(errorReason(new ApiError({ kind: 'contract', message: 'x', issues: [] }), words)).toBe(
      words.malformed,
    );
    expect(errorReason(new Error('boom'), words)).toBe(words.unknown);
  });
});
