import { useDeferredValue } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * `value`, except on its arrival: the render that first shows it is a deferred one, which React
 * builds in slices of a few milliseconds after the urgent render that brought it. For a part whose
 * data lands with something more urgent (the plan, the page's largest paint): that paints first,
 * and the part's first render never becomes one long task. Only the arrival is deferred, not each
 * change: a later value (a tick, a spend) shows in the same render as everything else, with no
 * second render, so the part never lags behind the rest of the page.
 */
export function useDeferredArrival<T>(value: T | null | undefined): T | undefined {
  // False at first even when the value is already there: the first render that shows it is then
  // the deferred one, mounted or not. Except on the server and in the browser's hydration, which
  // render their initial value only: data the server had (dehydrated) shows in its HTML.
  const hydrated = useHydrated();
  const arrived = useDeferredValue(value != null, hydrated ? false : value != null);
  return arrived ? (value ?? undefined) : undefined;
}
