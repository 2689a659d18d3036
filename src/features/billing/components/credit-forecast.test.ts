import { describe, expect, it } from 'vitest';
import { createFormats } from '@/lib/i18n/formats';
import { en } from '../messages/en';
import { forecastSentence } from './credit-forecast';

const copy = en(createFormats('en')).plan;

describe('forecastSentence', () => {
  it('says how many more days, with the pace to one decimal', () => {
    expect(forecastSentence({ daysLeft: 4, perDay: 2.345, basisDays: 7 }, copy)).toBe(
      'At your pace over the last 7 days (about 2.3 credits a day), your credits last about 4 more days.',
    );
  });

  it('says one more day in the singular', () => {
    expect(forecastSentence({ daysLeft: 1, perDay: 1, basisDays: 1 }, copy)).toBe(
      'At your pace over the last 1 day (about 1 credit a day), your credits last about 1 more day.',
    );
  });

  it('warns when the credits may not last the day', () => {
    expect(forecastSentence({ daysLeft: 0, perDay: 12, basisDays: 3 }, copy)).toBe(
      'At your pace over the last 3 days (about 12 credits a day), your credits may run out within a day.',
    );
  });
});
