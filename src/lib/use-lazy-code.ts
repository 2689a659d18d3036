import { startTransition, useEffect, useState } from 'react';
import type { LazyCode } from './lazy-code';
import { useHydrated } from './use-hydrated';

/**
 * A lazy part's code as state, for the render that shows it: there in the first render after it
 * arrives, and at once when it already has. Not React.lazy in a Suspense boundary: once React has
 * shown a boundary's fallback it holds back what replaces it until 300 ms have passed (its
 * Suspense throttle). The part's first render is a transition, built in slices of a few
 * milliseconds, so a long list never becomes one long task.
 *
 * Asked for while rendering, as React.lazy does; `wanted: false` holds it back. `fetch` should not
 * fail for good (see importPatiently): until it succeeds, `value` stays undefined.
 */
export function useLazyCode<T>(code: LazyCode<T>, wanted = true): { value: T | undefined } {
  const [, setArrived] = useState(false);
  // Nothing lazy in a server's HTML, nor in the hydration of it: a server that has loaded the
  // code for an earlier request would render what the browser, which has not, does not.
  const hydrated = useHydrated();
  const loading = code.value !== undefined || !wanted || !hydrated ? undefined : code.load();
  // Arriving after an unmount sets nothing anyone reads: React ignores it.
  useEffect(() => {
    void loading?.then(() => startTransition(() => setArrived(true)));
  }, [loading]);
  return { value: hydrated ? code.value : undefined };
}
