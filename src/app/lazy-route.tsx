import { lazy, type ComponentType, type FunctionComponent } from 'react';
import { useMessages } from '@/index';
import { appMessages } from './messages';

/**
 * What a page whose code could not be fetched throws: the error boundary around the routes says
 * so in the page's place, with a button that calls `retry` and renders the page again.
 */
export class PageCodeUnavailable extends Error {
  constructor(
    cause: unknown,
    readonly retry: () => void,
  ) {
    super('The page’s code could not be fetched.', { cause });
    this.name = 'PageCodeUnavailable';
  }
}

/** A route whose code is fetched when it is first shown, or ahead of that with `preload`. */
export interface LazyRoute extends FunctionComponent {
  preload: () => Promise<unknown>;
}

/**
 * React.lazy, as React documents it, inside the Suspense and error boundaries around the routes
 * (router.tsx). React.lazy keeps a failed fetch for good, so after one the route gets a fresh
 * lazy component: the error boundary's "Try again" renders it, and that fetches again.
 */
export function lazyRoute(load: () => Promise<ComponentType>): LazyRoute {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (Page) => ({ default: Page }),
      (cause: unknown) => {
        loading = undefined;
        throw new PageCodeUnavailable(cause, () => (Page = lazy(preload)));
      },
    ));
  let Page = lazy(preload);
  const Route = () => <Page />;
  Route.preload = preload;
  return Route;
}

/** A page's place while its code is on the way: the Suspense fallback around the routes. */
export function PageLoading() {
  const copy = useMessages(appMessages);
  return <p aria-busy="true">{copy.loadingPage}</p>;
}
