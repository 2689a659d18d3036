/** The pause before the next try after `failures` failed ones: 1, 3, 9, 27, then every 30 s. */
const pauseAfter = (failures: number) => Math.min(1_000 * 3 ** (failures - 1), 30_000);

/**
 * A lazy part's code, fetched until it arrives. For a part that shows itself (the agent banner,
 * the test chat) there is no button to press again, and React.lazy keeps a failed import for good
 * and throws it at the page around it: the whole page, in a host app without an error boundary.
 * Here a failed try runs again after a growing pause; the promise never rejects.
 */
export function importPatiently<T>(load: () => Promise<T>, failures = 0): Promise<T> {
  return load().catch(
    () =>
      new Promise<T>((resolve) =>
        setTimeout(() => resolve(importPatiently(load, failures + 1)), pauseAfter(failures + 1)),
      ),
  );
}

/**
 * `load`, run once and its promise kept for every caller, until it fails: a failure is forgotten,
 * so the next call tries again (React.lazy keeps a failure for good).
 */
export function importOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
