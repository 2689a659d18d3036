import { useSyncExternalStore } from 'react';

const noChanges = () => () => undefined;

/**
 * False while the server renders and while the browser hydrates that markup (both must render the
 * same), true from then on, and true from the first render of a page rendered in the browser
 * alone. What only the browser knows (its clock, its time zone, code it has loaded) waits for it:
 * React renders again with `true` just after hydrating, with no mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}
