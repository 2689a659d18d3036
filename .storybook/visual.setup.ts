/**
 * After each story's test (render, play, and the a11y addon's axe check in the light theme), the
 * story is pictured and compared with its committed baselines (visual-baselines/, see
 * vitest.config.ts) in both themes: light first, then the same render switched to dark, where
 * axe's colour rules run again (contrast differs per theme). Then the same render is shown in
 * every locale (locale-pass.ts). One render and one play serve them all.
 */
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { page } from 'vitest/browser';
import { COLOUR_RULES } from '../src/testing/a11y-rules';
import { FIXED_NOW } from '../src/testing/builders';
import { axeViolations, failsOnViolations, type A11yParameter } from './axe-check';
import { checkEveryLocale } from './locale-pass';

/**
 * Pictures must not depend on the machine: one font from a Debian package (fonts-dejavu-core),
 * no transitions, no blinking caret. Animations are settled by the screenshot itself.
 */
const STABLE_PICTURES = `
  :root:root { --inro-font-sans: 'DejaVu Sans', sans-serif; }
  *, *::before, *::after { transition: none !important; caret-color: transparent !important; }
`;

beforeAll(() => {
  const style = document.createElement('style');
  style.dataset.visualTest = '';
  style.textContent = STABLE_PICTURES;
  document.head.append(style);
});

/**
 * The story's root: the canvas Storybook appends to the body (beside its own hidden wrappers). A
 * dialog or popover is portalled beside the canvas, so when one is open the viewport is the picture.
 */
function pictureOf(): Element {
  const [canvas, ...portals] = [...document.body.children].filter(
    (element) =>
      element instanceof HTMLDivElement &&
      !element.classList.contains('sb-wrapper') &&
      element.checkVisibility(),
  );
  // A story that renders nothing (the gauge on Pro) is pictured as the empty viewport.
  const empty = !canvas || canvas.getBoundingClientRect().height === 0;
  return empty || portals.length > 0 ? document.body : canvas;
}

// Dates on screen come from the scenarios' clock (the mock backend builds each scenario at `now`)
// and the components' own "now": both read Date, frozen here at the stories' fixed instant.
beforeEach(() => {
  vi.setSystemTime(FIXED_NOW);
});
// Hooks after a test run last-defined first: this one runs after the picture is taken.
afterEach(() => {
  vi.useRealTimers();
});

/** `folder`: the theme (light, dark) or, in light, the locale (fr, rtl). */
function matchPicture(folder: string, name: string) {
  return expect.element(page.elementLocator(pictureOf())).toMatchScreenshot(`${folder}/${name}`, {
    screenshotOptions: { animations: 'disabled', caret: 'hide' },
  });
}

afterEach(async (context) => {
  // Only story tests; a story that already failed has nothing to compare.
  if (!('story' in context) || context.task.result?.errors?.length) return;
  const { story } = context as unknown as {
    story: { id: string; parameters: { a11y?: A11yParameter } };
  };
  const a11y = story.parameters.a11y ?? {};
  const root = document.documentElement;
  await matchPicture('light', context.task.name);
  root.dataset.theme = 'dark';
  try {
    if (failsOnViolations(a11y)) {
      // The other rules (names, roles, structure) do not depend on the theme: the addon has just
      // run them all in light.
      expect(await axeViolations(a11y, COLOUR_RULES), 'axe, in the dark theme').toEqual([]);
    }
    await matchPicture('dark', context.task.name);
  } finally {
    root.dataset.theme = 'light';
  }
  await checkEveryLocale(story, context.task.name, matchPicture);
});
