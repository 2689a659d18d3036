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
