import { afterAll, beforeAll, describe, inject, it } from 'vitest';

import type { ScenarioName } from '../../src/contract/qa.ts';
import { AppTab } from './app-tab.ts';
import type { BrowserTab, EngineName, EngineSession } from './engine.ts';
import { FLOWS } from './flows.ts';
import { browsersPorts } from './ports.ts';
import { launchPuppeteer } from './puppeteer-engine.ts';
import { launchWebKit } from './webdriver-engine.ts';

function launch(engine: EngineName): Promise<EngineSession> {
  return engine === 'webkit' ? launchWebKit(browsersPorts().webDriver) : launchPuppeteer(engine);
}

/** A tab that closes once: a flow may close it itself; closing it again at the end does nothing. */
function closingOnce(tab: BrowserTab): BrowserTab {
  let closing: Promise<void> | undefined;
  return { ...tab, close: () => (closing ??= tab.close()) };
}

/**
 * Every flow of flows.ts in one engine: one browser for all of them (a launch costs seconds),
 * each flow on its own scenario in tabs of its own, closed after it. Each engine's test file is one
 * call of this, so engines run side by side and QA can run one alone.
 */
export function runFlowsIn(engine: EngineName) {
  describe(engine, () => {
    let session: EngineSession | undefined;
    let launchError: unknown;
    // A browser that cannot start fails every flow with what to install, so the closing summary
    // counts them as failed (a failing hook alone would leave them merely skipped).
    beforeAll(async () => {
      session = await launch(engine).catch((error: unknown) => {
        launchError = error;
        return undefined;
      });
    });
    afterAll(async () => {
      await session?.quit();
    });

    for (const flow of FLOWS) {
      it(flow.title, async () => {
        const browser = session;
        if (!browser) throw launchError;
        const appUrl = inject('appUrl');
        const tabs: BrowserTab[] = [];
        const open = async (path: string, scenario?: ScenarioName) => {
          const tab = closingOnce(await browser.openTab());
          tabs.push(tab);
          const app = new AppTab(tab, appUrl);
          await app.open(path, scenario);
          return app;
        };
        try {
          await flow.run({ openApp: open, openTab: (path) => open(path) });
        } finally {
          for (const tab of tabs.reverse()) await tab.close();
        }
      });
    }
  });
}
