import { Component, type ErrorInfo, type ReactNode } from 'react';
import { appCopy } from './copy';

interface State {
  error: Error | null;
}

/**
 * The last line of defence for a page that crashes while rendering: the frame (sidebar, gauge,
 * banner) stays, and the page says so plainly with a way out, instead of a blank screen.
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

  override componentDidUpdate(previous: { resetKey: string }) {
    // Moving to another page gives that page a fresh start.
    if (previous.resetKey !== this.props.resetKey && this.state.error)
      this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A page crashed while rendering', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section role="alert" aria-labelledby="route-error-title">
        <h1 id="route-error-title">{appCopy.pageCrashed.title}</h1>
        <p>{appCopy.pageCrashed.body}</p>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            {appCopy.pageCrashed.reload}
          </button>
        </p>
      </section>
    );
  }
}
