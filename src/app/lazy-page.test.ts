// @vitest-environment jsdom
import { createElement, Fragment } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settleMicrotasks } from '@/testing/microtasks';
import { lazyPage, pageCodeBy } from './lazy-page';

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
  root = createRoot(container);
});
afterEach(() => root.unmount());

it('builds a page that has just arrived in slices, handing the main thread back in between', async () => {
  // A browser's own scheduling, not act(): act renders everything in one go.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  const Page = lazyPage(() => Promise.resolve(LongPage));

  root.render(createElement(Page));
  await lastPart;

  // Built in one go, the page would be one long task that a tap on a phone waits behind.
  expect(built.lastPartSawIt).toBe(true);
  await expect.poll(() => container.querySelector('h1')?.textContent).toBe('The long page');
  expect(container.querySelectorAll('li')).toHaveLength(PARTS);
});

describe("pageCodeBy: the first render waits for the first page's code, up to a deadline", () => {
  const never = new Promise<void>(() => {});
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await settleMicrotasks();
    return done;
  };

  it('resolves once the code is in, and the page then renders it at once', async () => {
    const Page = lazyPage(() => Promise.resolve(LongPage));
    await pageCodeBy(Page, never);
    // The very first render is the page, with no loading line before it.
    flushSync(() => root.render(createElement(Page)));
    expect(container.querySelector('h1')?.textContent).toBe('The long page');
  });

  it('does not wait past the deadline for code that is slow to come', async () => {
    let deadlinePassed!: () => void;
    const deadline = new Promise<void>((resolve) => (deadlinePassed = resolve));
    const waiting = pageCodeBy(
      lazyPage(() => never.then(() => LongPage)),
      deadline,
    );
    expect(await settled(waiting)).toBe(false);
    deadlinePassed();
    expect(await settled(waiting)).toBe(true);
  });

  it('resolves when the code cannot be fetched: the page asks again as it renders', async () => {
    await expect(
      pageCodeBy(
        lazyPage(() => Promise.reject(new Error('offline'))),
        never,
      ),
    ).resolves.toBeUndefined();
  });

  it('resolves at once for a page that is not fetched when opened', async () => {
    expect(await settled(pageCodeBy(undefined, never))).toBe(true);
  });
});
