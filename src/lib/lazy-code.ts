import { useEffect, useState } from 'react';
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
 * A lazy part's code as state, for the render that shows it: `value` is there in the first render
 * after it arrives, and at once when it already has. Not React.lazy in a Suspense boundary: once
 * React has shown a boundary's fallback it holds back what replaces it until 300 ms have passed
 * (its Suspense throttle), and it keeps a failed import for good.
 *
 * Asked for while rendering, as React.lazy does, so the fetch starts before the frame that waits
 * for it has painted; `wanted: false` holds it back. `failed` says the last fetch failed;
 * `retry` asks again.
 */
export function useLazyCode<T>(
  code: LazyCode<T>,
  wanted = true,
): { value: T | undefined; failed: boolean; retry: () => void } {
  const [failed, setFailed] = useState(false);
  const [, setArrived] = useState(false);
  const loading = code.value !== undefined || failed || !wanted ? undefined : code.load();
  useEffect(() => {
    let current = true;
    loading?.then(
      () => current && setArrived(true),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [loading]);
  return { value: code.value, failed, retry: () => setFailed(false) };
}
