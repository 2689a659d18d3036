import { afterAll, beforeAll, describe, inject, it } from 'vitest';

import { AppTab } from './app-tab.ts';
import type { BrowserTab, EngineName, EngineSession } from './engine.ts';
import { FLOWS } from './flows.ts';
import { browsersPorts } from './ports.ts';
import { launchPuppeteer } from './puppeteer-engine.ts';
import { launchWebKit } from './webdriver-engine.ts';

function launch(engine: EngineName): Promise<EngineSession> {
  return engine === 'webkit' ? launchWebKit(browsersPorts().webDriver) : launchPuppeteer(engine);
}

/**
 * Every flow of flows.ts in one engine: one browser for all of them (a launch costs seconds),
 * each flow on its own scenario in tabs of its own, closed after it. Each engine's test file is one
 * call of this, so engines run side by side and QA can run one alone.
 */
export function runFlowsIn(engine: EngineName) {
  describe(engine, () => {
    let session: EngineSession | undefined;
    beforeAll(async () => {
      session = await launch(engine);
    });
    afterAll(async () => {
      await session?.quit();
    });

    for (const flow of FLOWS) {
      it(flow.title, async () => {
        const appUrl = inject('appUrl');
        const tabs: BrowserTab[] = [];
        const openTab = async (path: string) => {
          const tab = await session!.openTab();
          tabs.push(tab);
          const app = new AppTab(tab, appUrl);
          await app.open(path);
          return app;
        };
        try {
          await flow.run({
            openApp: async (path, scenario) => {
              const tab = await session!.openTab();
              tabs.push(tab);
              const app = new AppTab(tab, appUrl);
              await app.open(path, scenario);
              return app;
            },
            openTab,
          });
        } finally {
          for (const tab of tabs.reverse()) await tab.close();
        }
      });
    }
  });
}
