import { setupWorker } from 'msw/browser';
import * as v from 'valibot';
import { DEFAULT_SCENARIO, SCENARIO_NAMES, scenarioNameSchema } from '@/contract/qa';
import { openIndexedDb } from './db/indexeddb-db';
import { createHandlers } from './handlers';
import { inPageLiveChannel } from './live-events';
import { buildScenario } from './scenarios';

export const SCENARIO_PARAM = 'scenario';

/**
 * Starts the mock credit backend in this tab: state in IndexedDB (shared by every tab, kept across
 * reloads), the handlers behind MSW's service worker. `?scenario=NAME` resets the account to that
 * scenario and is then dropped from the address, so a reload keeps the state instead of resetting.
 * Returns the live channel the app follows: the mock's events handed over in the page.
 */
export async function startBrowserMock(): Promise<ReturnType<typeof inPageLiveChannel>> {
  const url = new URL(window.location.href);
  const requested = url.searchParams.get(SCENARIO_PARAM);
  const scenario = requested === null ? null : v.safeParse(scenarioNameSchema, requested);
  if (scenario && !scenario.success) {
    // The page says it in its own words from `unknownScenario`; the message is for the console.
    throw Object.assign(
      new Error(
        `There is no mock scenario "${requested}". Scenarios: ${SCENARIO_NAMES.join(', ')}.`,
      ),
      { unknownScenario: { requested, known: SCENARIO_NAMES } },
    );
  }

  const db = await openIndexedDb(() => buildScenario(DEFAULT_SCENARIO, Date.now()));
  if (scenario?.success) {
    const { account, events } = buildScenario(scenario.output, Date.now());
    await db.replace(account, events);
    url.searchParams.delete(SCENARIO_PARAM);
    window.history.replaceState(window.history.state, '', url);
  }

  const worker = setupWorker(...createHandlers({ db }));
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  return inPageLiveChannel(db);
}
