import {
  startTransition,
  useEffect,
  useState,
  type ComponentType,
  type FunctionComponent,
} from 'react';
import { useMessages } from '@/index';
import { appMessages } from './messages';
import { PageProblem } from './route-error-boundary';

/**
 * A page whose code is fetched when it is first shown, and kept. Not React.lazy in a Suspense
 * boundary: once React has shown a boundary's fallback, it holds back what replaces it until
 * 300 ms have passed (its Suspense throttle). Opened directly, the billing page has its code on
 * the way with the HTML, and behind that hold its largest paint came 300 ms after its code and
 * credits were in. Here the page renders in the first render after its code arrives, and that
 * render is a transition: React builds it a few milliseconds at a time, so a whole page never
 * becomes one long task (Lighthouse, 7 runs interleaved: billing TBT 63 -> 36 ms).
 *
 * While the code is on its way the page's place says so; if it cannot be fetched, the place says
 * that, with a button that fetches it again (React.lazy keeps a failure for good). The app reaches
 * the package only through its public entry, as a host does, so this is the app's own loader.
 */
export interface LazyPage extends FunctionComponent {
  /** Fetches the page's code ahead of its first render; rejects if it cannot be fetched. */
  preload: () => Promise<void>;
}

export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let Page: ComponentType | undefined;
  let loading: Promise<void> | undefined;
  // One fetch for every render and every mount; a failure is forgotten, so a retry fetches again.
  const fetchPage = () =>
    (loading ??= load().then(
      (loaded) => {
        Page = loaded;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  function LazyPage() {
    const [failed, setFailed] = useState(false);
    const [, setArrived] = useState(false);
    // Asked for while rendering, as React.lazy does: the fetch starts before this frame paints.
    const fetching = Page || failed ? undefined : fetchPage();
    // Settling after an unmount sets state nobody reads: React ignores it. Not an urgent render:
    // React builds an urgent one in one go.
    useEffect(() => {
      fetching?.then(
        () => startTransition(() => setArrived(true)),
        () => setFailed(true),
      );
    }, [fetching]);

    if (Page) return <Page />;
    if (failed) return <PageUnavailable onRetry={() => setFailed(false)} />;
    return <PageLoading />;
  }
  LazyPage.preload = fetchPage;
  return LazyPage;
}

function PageLoading() {
  const copy = useMessages(appMessages);
  return <p aria-busy="true">{copy.loadingPage}</p>;
}

function PageUnavailable({ onRetry }: { onRetry: () => void }) {
  const copy = useMessages(appMessages);
  return <PageProblem words={copy.pageUnavailable} onAction={onRetry} />;
}

/**
 * Resolves once `page`'s code is in, or at `deadline` if that comes first. A failed fetch resolves
 * too: the page's first render then asks once more, and its place says so if that fails as well.
 */
export function pageCodeBy(page: LazyPage | undefined, deadline: Promise<void>): Promise<void> {
  if (!page) return Promise.resolve();
  return Promise.race([page.preload().catch(() => undefined), deadline]);
}
