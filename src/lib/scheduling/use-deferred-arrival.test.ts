// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { useDeferredArrival } from './use-deferred-arrival';

/** What each render of the reader saw, in order. */
let seen: (string | undefined)[] = [];

function Reader({ value }: { value: { label: string } | null }) {
  seen.push(useDeferredArrival(value)?.label);
  return null;
}

const container = document.createElement('div');
let root: ReturnType<typeof createRoot>;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  root = createRoot(container);
  seen = [];
});
afterEach(() => act(() => root.unmount()));

const render = (value: { label: string } | null) =>
  act(() => root.render(createElement(Reader, { value })));

it('shows a value that arrives in a second, deferred render', () => {
  render(null);
  seen = [];
  render({ label: 'plan' });
  expect(seen).toEqual([undefined, 'plan']);
});

it('defers a value that is there when the reader mounts as well', () => {
  render({ label: 'plan' });
  expect(seen).toEqual([undefined, 'plan']);
});

it('shows a change to a value that is in at once, in one render', () => {
  render({ label: 'plan' });
  seen = [];
  render({ label: 'plan after a spend' });
  // Deferring each change would render twice: once with the old value, then with the new.
  expect(seen).toEqual(['plan after a spend']);
});

it('lets go of a value that leaves, and defers it again when it comes back', () => {
  render({ label: 'free' });
  seen = [];
  render(null);
  expect(seen.at(-1)).toBeUndefined();
  seen = [];
  render({ label: 'free again' });
  expect(seen).toEqual([undefined, 'free again']);
});
