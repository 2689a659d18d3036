// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyCode, type LazyCode } from './lazy-code';
import { useLazyCode } from './use-lazy-code';

/** A fetch that fails `failures` times, then resolves with 'the module'. */
function flakyFetch(failures: number) {
  let calls = 0;
  return vi.fn(() => {
    calls += 1;
    return calls <= failures
      ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
      : Promise.resolve('the module');
  });
}

describe('lazyCode', () => {
  it('fetches once for every caller, forgets a failure, and keeps what arrived', async () => {
    const fetch = flakyFetch(1);
    const code = lazyCode(fetch);
    await expect(code.load()).rejects.toThrow('Failed to fetch');
    expect(code.value).toBeUndefined();
    const [first, second] = [code.load(), code.load()];
    expect(first).toBe(second);
    await expect(first).resolves.toBe('the module');
    expect(code.value).toBe('the module');
    await code.load();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('useLazyCode', () => {
  /** What each render of the part saw, and how many fetches had been made when it rendered. */
  let seen: { value: string | undefined; failed: boolean; fetchesSoFar: number }[];
  let retry: () => void;
  const container = document.createElement('div');
  let root: ReturnType<typeof createRoot>;

  function Part({
    code,
    wanted,
    fetch,
  }: {
    code: LazyCode<string>;
    wanted: boolean;
    fetch: { mock: { calls: unknown[] } };
  }) {
    const shown = useLazyCode(code, wanted);
    retry = shown.retry;
    seen.push({ value: shown.value, failed: shown.failed, fetchesSoFar: fetch.mock.calls.length });
    return null;
  }

  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    vi.useFakeTimers();
    root = createRoot(container);
    seen = [];
  });
  afterEach(async () => {
    await act(async () => {
      root.unmount();
      await Promise.resolve();
    });
    vi.useRealTimers();
  });

  const show = (code: LazyCode<string>, fetch: ReturnType<typeof flakyFetch>, wanted = true) =>
    act(async () => {
      root.render(createElement(Part, { code, wanted, fetch }));
      await Promise.resolve();
    });

  it('fetches only once wanted, from an effect and never while rendering, and shows what arrives', async () => {
    const fetch = flakyFetch(0);
    const code = lazyCode(fetch);
    await show(code, fetch, false);
    expect(fetch).not.toHaveBeenCalled();
    await show(code, fetch, true);
    // The render that first wants it has not fetched it: the effect after its commit does.
    expect(seen[1]).toMatchObject({ value: undefined, fetchesSoFar: 0 });
    expect(seen.at(-1)).toMatchObject({ value: 'the module', failed: false });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('renders code that has already arrived at once, without fetching it again', async () => {
    const fetch = flakyFetch(0);
    const code = lazyCode(fetch);
    await code.load();
    await show(code, fetch);
    expect(seen).toEqual([{ value: 'the module', failed: false, fetchesSoFar: 1 }]);
  });

  it('says it failed, and tries again after 1, 3, 9, 27, then every 30 seconds', async () => {
    const fetch = flakyFetch(6);
    const code = lazyCode(fetch);
    await show(code, fetch);
    const expectFetches = async (ms: number, calls: number) => {
      await act(() => vi.advanceTimersByTimeAsync(ms));
      expect(fetch).toHaveBeenCalledTimes(calls);
    };
    await expectFetches(0, 1);
    expect(seen.at(-1)?.failed).toBe(true);
    await expectFetches(999, 1);
    await expectFetches(1, 2);
    await expectFetches(3_000, 3);
    await expectFetches(9_000, 4);
    await expectFetches(26_999, 4);
    await expectFetches(1, 5);
    await expectFetches(30_000, 6);
    expect(seen.at(-1)).toMatchObject({ value: undefined, failed: true });
    await expectFetches(30_000, 7);
    expect(seen.at(-1)).toMatchObject({ value: 'the module', failed: false });
  });

  it('tries again at once on retry, no longer failed while it does', async () => {
    const fetch = flakyFetch(2);
    const code = lazyCode(fetch);
    await show(code, fetch);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(seen.at(-1)?.failed).toBe(true);
    const pressRetry = async () => {
      seen = [];
      await act(async () => {
        retry();
        await Promise.resolve();
      });
      await act(() => vi.advanceTimersByTimeAsync(0));
    };
    // Fails again: the part shows it was trying, then fails anew (a new alert, announced again).
    await pressRetry();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(seen.map((render) => render.failed)).toEqual([false, true]);
    await pressRetry();
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(seen.at(-1)).toMatchObject({ value: 'the module', failed: false });
  });
});
