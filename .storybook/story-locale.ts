import { useSyncExternalStore } from 'react';

/*
 * The locale a story is shown in after its test has played in English (locale-pass.ts): it wins
 * over the toolbar's `locale` global on the same render, so each story is seen in every locale in
 * the state its play left it in, without a second render, play or fetch. Unset in Storybook itself.
 */

let shown: string | undefined;
const listeners = new Set<() => void>();

/** Shows the story on screen in `locale`; `undefined` goes back to the toolbar's choice. */
export function showStoryIn(locale: string | undefined): void {
  shown = locale;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The locale to give the provider: the one shown by `showStoryIn`, else the toolbar's. */
export function useStoryLocale(chosen: string): string {
  return useSyncExternalStore(subscribe, () => shown ?? chosen);
}
