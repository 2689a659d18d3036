import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '@/index';
import { PageCodeUnavailable } from './lazy-route';
import { appMessages } from './messages';

interface State {
  error: Error | null;
}

/**
 * The last line of defence for a page that crashes while rendering, or whose code cannot be
 * fetched: the frame (sidebar, gauge, banner) stays, and the page says so plainly with a way out,
 * instead of a blank screen.
 * React offers error boundaries only as class components.
 */
export class RouteErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  State
> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }, previousState: State) {
    // Moving to another page gives that page a fresh start: an error caught in the very update
    // that moved is the new page's own, and stays. A page whose code did not arrive gets a fresh
    // fetch when it is opened again.
    if (previous.resetKey === this.props.resetKey || !previousState.error) return;
    if (previousState.error instanceof PageCodeUnavailable) previousState.error.retry();
    this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // React reports every error a boundary catches; a crash also gets where it happened.
    if (!(error instanceof PageCodeUnavailable))
      console.error('A page crashed while rendering', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (error instanceof PageCodeUnavailable)
      return (
        <PageUnavailable
          onRetry={() => {
            error.retry();
            this.setState({ error: null });
          }}
        />
      );
    return <PageCrashed />;
  }
}

/** A page whose code did not arrive; rendered again, it fetches again (see lazyRoute). */
function PageUnavailable({ onRetry }: { onRetry: () => void }) {
  const copy = useMessages(appMessages);
  return <PageProblem words={copy.pageUnavailable} onAction={onRetry} />;
}

/** A class component cannot read the words (a hook), so the crashed page's place is a function. */
function PageCrashed() {
  const copy = useMessages(appMessages);
  return <PageProblem words={copy.pageCrashed} onAction={() => window.location.reload()} />;
}

/**
 * A page that cannot be shown, said in its place (the frame around it stays): what happened, what
 * to do, and the button that does it. `words`: its title, body and the button's label.
 */
export function PageProblem({
  words,
  onAction,
}: {
  words: { title: string; body: string; action: string };
  onAction: () => void;
}) {
  return (
    <div role="alert" data-slot="page-problem">
      <h1>{words.title}</h1>
      <p>{words.body}</p>
      <button type="button" onClick={onAction}>
        {words.action}
      </button>
    </div>
  );
}
