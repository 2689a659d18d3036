/**
 * A part's code fetched on first use and kept: `value` once it has arrived. No React here: the
 * API client loads the contract's parser with it, and the server entry carries no React.
 */
export interface LazyCode<T> {
  value: T | undefined;
  /** Fetches the code, once for every caller; a failure is forgotten, so the next call asks again. */
  load: () => Promise<T>;
}

export function lazyCode<T>(fetch: () => Promise<T>): LazyCode<T> {
  let loading: Promise<T> | undefined;
  const code: LazyCode<T> = {
    value: undefined,
    load: () =>
      (loading ??= fetch().then(
        (value) => (code.value = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return code;
}
