/**
 * The mock backend in a browser tab (`inro-ai-credits/mock/browser`): MSW's service worker on an
 * IndexedDB account shared by every tab, with `?scenario=NAME` to reset it, and the QA panel that
 * drives it. What `npm run dev` and the demo build run on. Needs `msw` and its worker script
 * (`npx msw init public/`).
 */
export { startBrowserMock } from '@/mocks/browser';
export { QaPanel } from '@/features/qa-panel/components/qa-panel';
