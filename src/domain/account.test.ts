import { describe, expect, it } from 'vitest';
import { emptyAccount, totalGranted } from './account';

describe('totalGranted', () => {
  it('adds the starter pool, onboarding and promotions', () => {
    const granted = { starter: 50, onboarding: 30, promotions: 20 };
    expect(totalGranted({ ...emptyAccount(), granted })).toBe(100);
  });

  it('reads the same shape from the API’s credits summary', () => {
    expect(totalGranted({ granted: { starter: 50, onboarding: 0, promotions: 0 } })).toBe(50);
  });
});
