import { startTransition, useEffect, useState } from 'react';
import type { LazyCode } from './lazy-code';
import { useHydrated } from './use-hydrated';

/** The pause before the next try after `failures` failed ones: 1, 3, 9, 27, then every 30 s. */
const pauseAfter = (failures: number) => Math.min(1_000 * 3 ** (failures - 1), 30_000);

/**
 * A lazy part's code as state, for the part that shows it: fetched from an effect once `wanted`,
 * there at once when it already is. Its first render is a transition, built in slices of a few
 * milliseconds. Not React.lazy in a Suspense boundary: the parts that use this show themselves
 * (the banner, the test chat, the history), and React holds a boundary's content back until
 * 300 ms after its fallback appeared. A fetch that fails is tried again after a growing pause
 * (`pauseAfter`), or at once with `retry`; meanwhile `failed` says so. `code` is a module-level
 * constant (`lazyCode(...)`), the same object for every render.
 */
export function useLazyCode<T>(
  code: LazyCode<T>,
  wanted = true,
): { value: T | undefined; failed: boolean; retry: () => void } {
  // Nothing lazy in a server's HTML, nor in the hydration of it: a server that has loaded the
  // code for an earlier request would render what the browser, which has not, does not.
  const hydrated = useHydrated();
  const [, setArrived] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const fetching = hydrated && wanted && code.value === undefined;
  useEffect(() => {
    if (!fetching) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tryLoad = (failures: number): void =>
      void code.load().then(
        () => current && startTransition(() => setArrived(true)),
        () => {
          if (!current) return;
          setFailed(true);
          timer = setTimeout(() => tryLoad(failures + 1), pauseAfter(failures + 1));
        },
      );
    tryLoad(0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [code, fetching, attempt]);
  const value = hydrated ? code.value : undefined;
  return {
    value,
    failed: failed && value === undefined,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
