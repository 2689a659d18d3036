import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importOnce, importPatiently } from './import-patiently';

/** A loader that fails `failures` times, then resolves with 'the module'. */
function flakyLoader(failures: number) {
  let calls = 0;
  const load = vi.fn(() => {
    calls += 1;
    return calls <= failures
      ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
      : Promise.resolve('the module');
  });
  return load;
}

describe('importPatiently', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands over the module at the first try when it arrives', async () => {
    const load = flakyLoader(0);
    await expect(importPatiently(load)).resolves.toBe('the module');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after 1, 3, 9, 27, then every 30 seconds, and never rejects', async () => {
    const load = flakyLoader(6);
    const settled = vi.fn();
    void importPatiently(load).then(settled, settled);
    const expectCalls = async (ms: number, calls: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      expect(load).toHaveBeenCalledTimes(calls);
    };
    await expectCalls(0, 1);
    await expectCalls(999, 1);
    await expectCalls(1, 2);
    await expectCalls(3_000, 3);
    await expectCalls(9_000, 4);
    await expectCalls(26_999, 4);
    await expectCalls(1, 5);
    await expectCalls(30_000, 6);
    expect(settled).not.toHaveBeenCalled();
    await expectCalls(30_000, 7);
    expect(settled).toHaveBeenCalledExactlyOnceWith('the module');
  });
});

describe('importOnce', () => {
  it('loads once for every caller, and after a failure the next call loads again', async () => {
    const load = flakyLoader(1);
    const loadOnce = importOnce(load);
    await expect(loadOnce()).rejects.toThrow('Failed to fetch');
    const [first, second] = [loadOnce(), loadOnce()];
    expect(first).toBe(second);
    await expect(first).resolves.toBe('the module');
    await expect(loadOnce()).resolves.toBe('the module');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
