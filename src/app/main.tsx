import { startTransition, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LiveChannel } from '@/index';
import { App } from './app';
import { followColorScheme } from './color-scheme';
import { lazyRouteAt } from './router';
import { useShellStore } from './shell-store';
import { StartupError } from './startup-error';
import '@/styles/global.css';

/**
 * The mock backend and its QA panel are loaded only when the mock is on: a build for a real API
 * has neither in it. Returns what the app should mount beside its routes, and the live channel it
 * follows: the API's server-sent events (by default), or the mock's own events handed over in the
 * page.
 */
async function startMockBackend(): Promise<{ extras: ReactNode; live?: LiveChannel }> {
  // Compared inline so the bundler drops the whole branch, and the mock's chunks, when it is off.
  if (import.meta.env.VITE_API_MOCK !== 'on') return { extras: null };
  const { startBrowserMock, QaPanel } = await import('@/mock-browser');
  const live = await startBrowserMock();
  return { extras: <QaPanel />, live };
}

/**
 * Opened directly, a settings page's HTML asks for its code beside the first chunk. The first
 * render waits for it until the next frame at most (the page's data is asked for as that render
 * starts, and a hidden tab has no frames), so React.lazy usually has it at once: no loading line,
 * and no Suspense fallback whose reveal React holds for 300 ms.
 */
function firstPageCode(): Promise<unknown> {
  const code = lazyRouteAt(location.pathname)
    ?.preload()
    .catch(() => undefined);
  if (!code || document.visibilityState === 'hidden') return Promise.resolve();
  return Promise.race([code, new Promise((resolve) => requestAnimationFrame(resolve))]);
}

followColorScheme();
// A link may name the language (`?lang=fr`, as `?scenario=` names a mock scenario): shown for
// this visit, not kept; the merchant's own choice in the language menu is.
useShellStore.setState({ linkedLanguage: new URLSearchParams(location.search).get('lang') });
const root = createRoot(document.getElementById('root')!);

Promise.all([startMockBackend(), firstPageCode()]).then(
  ([{ extras, live }]) =>
    // A transition: React builds the first page in slices of a few milliseconds and lets the
    // browser in between, so a slow phone never sits through one long task before it can react.
    startTransition(() =>
      root.render(
        <StrictMode>
          <App extras={extras} live={live} />
        </StrictMode>,
      ),
    ),
  (error: unknown) => {
    console.error('The app could not start.', error);
    root.render(<StartupError error={error} />);
  },
);
