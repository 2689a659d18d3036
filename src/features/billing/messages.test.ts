import { describe, expect, it } from 'vitest';
import { createFormats } from '@/lib/i18n/formats';
import { en } from './messages/en';
import fr from './messages/fr';

const english = en(createFormats('en'));
const french = fr(createFormats('fr'));
/** French puts a narrow no-break space between thousands and a no-break space before ":". */
const nb = (text: string) => text.replaceAll('\u202f', ' ').replaceAll('\u00a0', ' ');

describe('billing messages with plurals', () => {
  it.each([
    [0, '0 credits', '0 entries', 'Done: 0 credits added'],
    [1, '1 credit', '1 entry', 'Done: 1 credit added'],
    [2, '2 credits', '2 entries', 'Done: 2 credits added'],
    [5, '5 credits', '5 entries', 'Done: 5 credits added'],
    [1000, '1,000 credits', '1,000 entries', 'Done: 1,000 credits added'],
  ])('in English, %i', (count, credits, entries, done) => {
    expect(english.plan.credits(count)).toBe(credits);
    expect(english.history.countAll(count)).toBe(entries);
    expect(english.onboarding.doneAdded(count)).toBe(done);
  });

  it.each([
    [0, '0 crédit', '0 opération', 'Terminé : 0 crédit ajouté'],
    [1, '1 crédit', '1 opération', 'Terminé : 1 crédit ajouté'],
    [2, '2 crédits', '2 opérations', 'Terminé : 2 crédits ajoutés'],
    [5, '5 crédits', '5 opérations', 'Terminé : 5 crédits ajoutés'],
    [1000, '1 000 crédits', '1 000 opérations', 'Terminé : 1 000 crédits ajoutés'],
  ])('in French, %i (0 and 1 are singular)', (count, credits, entries, done) => {
    expect(nb(french.plan.credits(count))).toBe(credits);
    expect(nb(french.history.countAll(count))).toBe(entries);
    expect(nb(french.onboarding.doneAdded(count))).toBe(done);
  });

  it('agrees the whole sentence with the number in French', () => {
    expect(nb(french.entry.starterDetail(1))).toBe(
      '1 crédit ajouté : offert à chaque nouveau compte gratuit.',
    );
    expect(nb(french.entry.starterDetail(50))).toBe(
      '50 crédits ajoutés : offerts à chaque nouveau compte gratuit.',
    );
    expect(nb(french.plan.forecastDays(1, 1.5, 1))).toBe(
      'Au rythme du dernier jour (environ 1,5 crédit par jour), vos crédits dureront encore environ 1 jour.',
    );
    expect(nb(french.plan.forecastWithinDay(3, 12))).toBe(
      'Au rythme des 3 derniers jours (environ 12 crédits par jour), vos crédits pourraient être épuisés dans la journée.',
    );
  });

  it('keeps the balance one sentence, its parts wrapped in place', () => {
    const wrap = (text: string) => `[${text}]`;
    expect(english.plan.balance(1, 100, wrap, wrap)).toBe(
      '[1 credit left] [of 100 credits granted so far]',
    );
    // Every part is a string here, so the sentence is one.
    expect(nb(french.plan.balance(12, 100, wrap, wrap) as string)).toBe(
      '[12 crédits restants] [sur 100 crédits accordés à ce jour]',
    );
  });
});
