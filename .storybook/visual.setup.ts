/**
 * The visual check: after each story's test (render, play, a11y) in the `storybook` and
 * `storybook-dark` projects, its picture is compared with the committed baseline
 * (visual-baselines/, see vitest.config.ts). One render serves both checks.
 */
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { page } from 'vitest/browser';
import { FIXED_NOW } from '../src/testing/builders';

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

afterEach(async (context) => {
  // Only story tests; a story that already failed has nothing to compare.
  if (!('story' in context) || context.task.result?.errors?.length) return;
  await expect.element(page.elementLocator(pictureOf())).toMatchScreenshot(context.task.name, {
    screenshotOptions: { animations: 'disabled', caret: 'hide' },
  });
});
