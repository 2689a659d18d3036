import { useDeferredValue } from 'react';

/**
 * `value`, except on its first arrival: the render that first shows it is a deferred one, which
 * React builds in slices of a few milliseconds after the urgent render that brought it. For a
 * section below the first screen whose data lands with the plan's: the plan paints first, and
 * the sections' first render never becomes one long task. Later changes (a tick, a spend) show in
 * the same render as everything else, so the section never lags behind the rest of the page.
 */
export function useDeferredArrival<T>(value: T | null | undefined): T | undefined {
  // null, not undefined: React reads an undefined initial value as none, and a section that
  // mounts with its data already in would then show it in the urgent render.
  return useDeferredValue(value ?? null, null) === null ? undefined : (value ?? undefined);
}
