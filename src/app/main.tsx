import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { followColorScheme } from './color-scheme';
import { StartupError } from './startup-error';
import '@/styles/global.css';

/**
 * The mock backend and its QA panel are loaded only when the mock is on: a build for a real API
 * has neither in it. Returns what the app should mount beside its routes.
 */
async function startMockBackend(): Promise<ReactNode> {
  // Compared inline so the bundler drops the whole branch, and the mock's chunks, when it is off.
  if (import.meta.env.VITE_API_MOCK !== 'on') return null;
  const [{ startBrowserMock }, { QaPanel }] = await Promise.all([
    import('@/mocks/browser'),
    import('@/features/qa-panel/components/qa-panel'),
  ]);
  await startBrowserMock();
  return <QaPanel />;
}

followColorScheme();
const root = createRoot(document.getElementById('root')!);

startMockBackend().then(
  (extras) =>
    root.render(
      <StrictMode>
        <App extras={extras} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupError error={error} />),
);
