import { startTransition, useEffect, useState } from 'react';
import { importOnce } from './import-patiently';

/** A part's code fetched on first use and kept: `value` once it has arrived. */
export interface LazyCode<T> {
  value: T | undefined;
  load: () => Promise<T>;
}

/**
 * `fetch` run on first use, once for every caller (a failure is forgotten: the next use fetches
 * again), and its result kept, so that a part shown again renders at once.
 */
export function lazyCode<T>(fetch: () => Promise<T>): LazyCode<T> {
  const code: LazyCode<T> = {
    value: undefined,
    load: importOnce(() => fetch().then((value) => (code.value = value))),
  };
  return code;
}

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
  const loading = code.value !== undefined || !wanted ? undefined : code.load();
  // Arriving after an unmount sets nothing anyone reads: React ignores it.
  useEffect(() => {
    void loading?.then(() => startTransition(() => setArrived(true)));
  }, [loading]);
  return { value: code.value };
}
