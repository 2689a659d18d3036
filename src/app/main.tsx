import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { StartupError } from './startup-error';
import '@/styles/global.css';

/** The mock backend is loaded only when it is on: a build for a real API has no MSW in it at all. */
async function startMockBackend(): Promise<void> {
  // Compared inline so the bundler drops the whole branch, and the mock's chunk, when it is off.
  if (import.meta.env.VITE_API_MOCK !== 'on') return;
  const { startBrowserMock } = await import('@/mocks/browser');
  await startBrowserMock();
}

const root = createRoot(document.getElementById('root')!);

startMockBackend().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupError error={error} />),
);
