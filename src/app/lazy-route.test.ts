// @vitest-environment jsdom
import { createElement, Fragment, startTransition, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { lazyRoute } from './lazy-route';

const PARTS = 40;

/** What the long page saw while it was built. */
const built = { firstTaskEnded: false, lastPartSawIt: false, lastPartBuilt: () => {} };
const lastPart = new Promise<void>((resolve) => (built.lastPartBuilt = resolve));

/**
 * One of 40 parts that each take a millisecond of work to build, far more than the few
 * milliseconds React builds at a time when it may. The first part queues a microtask, which runs
 * as soon as the task that built it ends; the last part records whether it had run by then.
 */
function Part({ index }: { index: number }) {
  const until = performance.now() + 1;
  while (performance.now() < until) {
    // A heavy part's work, on the main thread.
  }
  if (index === 0) {
    queueMicrotask(() => {
      built.firstTaskEnded = true;
    });
  }
  if (index === PARTS - 1) {
    built.lastPartSawIt = built.firstTaskEnded;
    built.lastPartBuilt();
  }
  return createElement('li', null, 'Part');
}

function LongPage() {
  return createElement(
    Fragment,
    null,
    createElement('h1', null, 'The long page'),
    createElement(
      'ul',
      null,
      Array.from({ length: PARTS }, (_, index) => createElement(Part, { key: index, index })),
    ),
  );
}

const container = document.createElement('div');
let root: ReturnType<typeof createRoot>;
beforeEach(() => {
  // A browser's own scheduling, not act(): act renders everything in one go.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  root = createRoot(container);
});
afterEach(() => root.unmount());

const inSuspense = (Page: ComponentType) =>
  createElement(Suspense, { fallback: createElement('p', null, 'Loading…') }, createElement(Page));

it('builds a page that has just arrived in slices, handing the main thread back in between', async () => {
  const Page = lazyRoute(() => Promise.resolve(LongPage));
  root.render(inSuspense(Page));
  await lastPart;

  // Built in one go, the page would be one long task that a tap on a phone waits behind.
  expect(built.lastPartSawIt).toBe(true);
  await expect.poll(() => container.querySelector('h1')?.textContent).toBe('The long page');
  expect(container.querySelectorAll('li')).toHaveLength(PARTS);
});

it('shows a page whose code was fetched ahead (main.tsx) in the first render, with no loading line', async () => {
  const Page = lazyRoute(
    () =>
      new Promise((resolve) =>
        setTimeout(() => resolve(() => createElement('h1', null, 'The page')), 10),
      ),
  );
  await Page.preload();
  const shown: string[] = [];
  const observer = new MutationObserver(() => shown.push(container.textContent ?? ''));
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  // As main.tsx renders the app: a transition.
  startTransition(() => root.render(inSuspense(Page)));
  await expect.poll(() => container.textContent).toBe('The page');
  observer.disconnect();
  expect(shown).not.toContain('Loading…');
});
