import { describe, expect, it } from 'vitest';
import { createFormats } from '@/lib/i18n/formats';
import { en } from '../messages/en';
import { countSentence } from './ledger-history';

const copy = en(createFormats('en')).history;

describe('countSentence', () => {
  it('gives the total once every entry is in', () => {
    expect(countSentence(1, 1, copy)).toBe('1 entry');
    expect(countSentence(12, 12, copy)).toBe('12 entries');
  });

  it('says how many of the total are loaded while older ones remain', () => {
    expect(countSentence(500, 100_000, copy)).toBe(
      'Newest 500 of 100,000 entries loaded; scroll for older ones',
    );
  });
});
