/**
 * Follows the system's light or dark preference, live. The tokens key on `data-theme` (which is
 * also how Storybook's toolbar switches them), so the app sets it instead of repeating every dark
 * token inside a media query.
 */
export function followColorScheme(root: HTMLElement = document.documentElement): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    root.dataset.theme = query.matches ? 'dark' : 'light';
  };
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
