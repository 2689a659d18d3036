/**
 * Every story in every locale (issue 25), on the render its test has just played and pictured in
 * English (visual.setup.ts): the story is switched to each locale in turn, as the toolbar's switch
 * does, and checked in the state its play left it in (a dialog open, a form sent, a reply in).
 * Plays read English, so they run once, in English; the other locales cost a re-render each, not
 * a second mount, play and fetch.
 *
 * - en-XA (accented): every word a person can read or hear carries the marks (nothing left in
 *   plain English), and axe passes with `lang="en-XA"` on the page.
 * - fr: renders with no console error (story-test-setup.ts fails the story on one).
 * - ar-XB (right to left): `dir="rtl"` on the page and axe passes.
 * - The main states of each component (LOCALE_BASELINES) are pictured in fr and ar-XB, light
 *   theme, into visual-baselines/fr/… and visual-baselines/rtl/….
 */
import { expect } from 'vitest';
import { PSEUDO_ACCENTED, PSEUDO_RTL } from '../src/index';
import { untranslatedText } from '../src/testing/untranslated-text';
import {
  axeViolations,
  failsOnViolations,
  languageViolations,
  type A11yParameter,
} from './axe-check';
import { showStoryIn } from './story-locale';

/**
 * The stories pictured in French and right to left: each component's main states, by story id.
 * Every other story is still rendered and checked in every locale, just not pictured.
 */
const LOCALE_BASELINES = new Set([
  // The sidebar gauge: plenty, low, empty.
  'features-credits-gauge--plenty',
  'features-credits-gauge--low',
  'features-credits-gauge--empty',
  // The auto-disabled banner: paused at zero, and the way back after a top-up.
  'features-auto-disabled-banner--free-at-zero',
  'features-auto-disabled-banner--can-restore-after-promotion',
  // The billing page and its plan card.
  'features-billing-billing-page--free-onboarded',
  'features-billing-plan-card--free-onboarded',
  'features-billing-plan-card--pro',
  // The upgrade dialog, open.
  'features-billing-upgrade-dialog-content--open',
  // The activation rules form.
  'features-activation-rules-form--normal',
  // The test chat, after two turns.
  'features-test-chat--with-messages',
  // The app's layout: the sidebar on the other side in right to left.
  'pages-app--home-low',
]);

/**
 * The primitives (src/components/ui, "Components/…") have no words of their own: every word in
 * their stories is the story's, standing in for a host's, so it carries no marks. Their stories
 * are still shown and checked with axe in every locale (a primitive mirrors in right to left too).
 */
const wordsAreTheStorys = (story: Story) => story.id.startsWith('components-');

/** Where each picture goes: visual-baselines/<folder>/<story file>/<story>.png. */
const PICTURE_FOLDER = { fr: 'fr', [PSEUDO_RTL]: 'rtl' } as const;

/** The story's root and whatever it portals beside it (a dialog, a tooltip), not Storybook's own. */
function storyRoots(): Element[] {
  return [...document.body.children].filter(
    (element) =>
      !element.matches('.sb-wrapper, #storybook-docs, #storybook-highlights-root, script, style'),
  );
}

/**
 * Resolves when the page's `lang` is `locale`: PageLanguage (preview.tsx) sets it in the commit
 * that brings the locale's words. Watched, not polled: a poll's interval was most of the cost.
 */
function pageLanguage(locale: string, ceiling = 10_000): Promise<void> {
  const root = document.documentElement;
  if (root.lang === locale) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (root.lang !== locale) return;
      finish();
      resolve();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`The story was not shown in ${locale}: the page's lang is "${root.lang}".`));
    }, ceiling);
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { attributeFilter: ['lang'] });
  });
}

/** The story re-rendered in `locale`, as the toolbar's switch would. */
function show(locale: string): Promise<void> {
  showStoryIn(locale);
  return pageLanguage(locale);
}

interface Story {
  id: string;
  parameters: { a11y?: A11yParameter };
}

export async function checkEveryLocale(
  story: Story,
  name: string,
  picture: (folder: string, name: string) => Promise<unknown>,
): Promise<void> {
  const a11y = story.parameters.a11y ?? {};
  const axePasses = async (locale: string) => {
    if (!failsOnViolations(a11y)) return;
    expect(await axeViolations(a11y), `axe, in ${locale}`).toEqual([]);
    expect(await languageViolations(), `axe, the page's lang in ${locale}`).toEqual([]);
  };
  try {
    await show(PSEUDO_ACCENTED);
    if (!wordsAreTheStorys(story)) {
      expect(
        untranslatedText(storyRoots()),
        `in ${PSEUDO_ACCENTED}, words without the pseudo-locale's marks (English not from a message catalog; data and a story's own words go inside translate="no")`,
      ).toEqual([]);
    }
    await axePasses(PSEUDO_ACCENTED);

    for (const locale of ['fr', PSEUDO_RTL] as const) {
      await show(locale);
      if (locale === PSEUDO_RTL) {
        expect(document.documentElement.dir, 'the page in right to left').toBe('rtl');
        await axePasses(locale);
      }
      if (LOCALE_BASELINES.has(story.id)) await picture(PICTURE_FOLDER[locale], name);
    }
  } finally {
    // Back to the toolbar's locale for the next story (which mounts afresh).
    showStoryIn(undefined);
  }
}
