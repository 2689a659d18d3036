import { describe, expect, it } from 'vitest';
import { countSentence } from './ledger-history';

describe('countSentence', () => {
  it('gives the total once every entry is in', () => {
    expect(countSentence(1, 1)).toBe('1 entry');
    expect(countSentence(12, 12)).toBe('12 entries');
  });

  it('says how many of the total are loaded while older ones remain', () => {
    expect(countSentence(500, 100_000)).toBe(
      'Newest 500 of 100,000 entries loaded; scroll for older ones',
    );
  });
});
