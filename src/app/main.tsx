import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { serverSentEvents, type LiveChannel } from '@/lib/live-updates';
import { App } from './app';
import { followColorScheme } from './color-scheme';
import { StartupError } from './startup-error';
import '@/styles/global.css';

/**
 * The mock backend and its QA panel are loaded only when the mock is on: a build for a real API
 * has neither in it. Returns what the app should mount beside its routes, and the live channel it
 * follows: the API's server-sent events, or the mock's own events handed over in the page.
 */
async function startMockBackend(): Promise<{ extras: ReactNode; live: LiveChannel | undefined }> {
  // Compared inline so the bundler drops the whole branch, and the mock's chunks, when it is off.
  if (import.meta.env.VITE_API_MOCK !== 'on') return { extras: null, live: serverSentEvents() };
  const [{ startBrowserMock }, { QaPanel }] = await Promise.all([
    import('@/mocks/browser'),
    import('@/features/qa-panel/components/qa-panel'),
  ]);
  const live = await startBrowserMock();
  return { extras: <QaPanel />, live };
}

followColorScheme();
const root = createRoot(document.getElementById('root')!);

startMockBackend().then(
  ({ extras, live }) =>
    root.render(
      <StrictMode>
        <App extras={extras} live={live} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupError error={error} />),
);
