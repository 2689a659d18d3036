import { describe, expect, it } from 'vitest';
import { createFormats } from '@/lib/i18n/formats';
import { en } from './messages/en';
import fr from './messages/fr';

const english = en(createFormats('en'));
const french = fr(createFormats('fr'));
const thousandFr = new Intl.NumberFormat('fr').format(1000);

describe('the QA panel’s tally of fired actions', () => {
  it.each([
    [0, 'Fired: 0 charged, 0 skipped, 0 unmetered.'],
    [1, 'Fired: 1 charged, 1 skipped, 1 unmetered.'],
    [2, 'Fired: 2 charged, 2 skipped, 2 unmetered.'],
    [5, 'Fired: 5 charged, 5 skipped, 5 unmetered.'],
    [1000, 'Fired: 1,000 charged, 1,000 skipped, 1,000 unmetered.'],
  ])('in English, %i of each', (n, said) => {
    expect(english.fired(n, n, n)).toBe(said);
  });

  it.each([
    [0, 'Actions déclenchées\u00a0: 0 facturée, 0 ignorée, 0 non décomptée.'],
    [1, 'Actions déclenchées\u00a0: 1 facturée, 1 ignorée, 1 non décomptée.'],
    [2, 'Actions déclenchées\u00a0: 2 facturées, 2 ignorées, 2 non décomptées.'],
    [5, 'Actions déclenchées\u00a0: 5 facturées, 5 ignorées, 5 non décomptées.'],
    [
      1000,
      `Actions déclenchées\u00a0: ${thousandFr} facturées, ${thousandFr} ignorées, ${thousandFr} non décomptées.`,
    ],
  ])('in French, %i of each (0 and 1 singular)', (n, said) => {
    expect(french.fired(n, n, n)).toBe(said);
  });
});
