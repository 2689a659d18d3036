import { afterAll, beforeAll, describe, inject, it } from 'vitest';

import { AppTab } from './app-tab.ts';
import { ENGINES, type BrowserTab, type EngineName, type EngineSession } from './engine.ts';
import { FLOWS } from './flows.ts';
import { browsersPorts } from './ports.ts';
import { launchPuppeteer } from './puppeteer-engine.ts';
import { launchWebKit } from './webdriver-engine.ts';

/** ENGINE=firefox (or a comma list) runs the flows in those engines only. */
const chosen = (process.env.ENGINE ?? ENGINES.join(','))
  .split(',')
  .map((name) => name.trim()) as EngineName[];
for (const name of chosen) {
  if (!ENGINES.includes(name))
    throw new Error(`ENGINE=${name}: choose from ${ENGINES.join(', ')}.`);
}

function launch(engine: EngineName): Promise<EngineSession> {
  return engine === 'webkit' ? launchWebKit(browsersPorts().webDriver) : launchPuppeteer(engine);
}

for (const engine of chosen) {
  // One browser per engine for all flows; each flow opens fresh tabs on its own scenario.
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
