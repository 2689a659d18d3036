import { describe, expect, it } from 'vitest';
import { skippedSentence } from './banner-sentences';

describe('skippedSentence', () => {
  it('says nothing was skipped yet', () => {
    expect(skippedSentence(0)).toBe('No AI actions have been skipped yet.');
  });

  it('counts the skipped actions', () => {
    expect(skippedSentence(1)).toBe(
      '1 AI action skipped since then. Skipped actions cost nothing.',
    );
    expect(skippedSentence(3)).toBe(
      '3 AI actions skipped since then. Skipped actions cost nothing.',
    );
  });
});
