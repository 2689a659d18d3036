import { describe, expect, it } from 'vitest';
import { createFormats } from '@/lib/i18n/formats';
import { en } from '../messages/en';
import { skippedSentence } from './banner-sentences';

const copy = en(createFormats('en')).banner;

describe('skippedSentence', () => {
  it('says nothing was skipped yet', () => {
    expect(skippedSentence(0, copy)).toBe('No AI actions have been skipped yet.');
  });

  it('counts the skipped actions', () => {
    expect(skippedSentence(1, copy)).toBe(
      '1 AI action skipped since then. Skipped actions cost nothing.',
    );
    expect(skippedSentence(3, copy)).toBe(
      '3 AI actions skipped since then. Skipped actions cost nothing.',
    );
  });
});
