import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { EngineMissing, type BrowserTab, type EngineSession, type InPage } from './engine.ts';

export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * Chromium over the DevTools protocol and Firefox over WebDriver BiDi, both through puppeteer.
 * (Playwright's own Firefox channel fails on Debian's ESR, and it cannot download its builds here.)
 */
export async function launchPuppeteer(engine: 'chromium' | 'firefox'): Promise<EngineSession> {
  const browser = engine === 'firefox' ? await launchFirefox() : await launchChromium();
  return {
    engine,
    openTab: async () => puppeteerTab(await browser.newPage()),
    quit: () => browser.close(),
  };
}

function launchFirefox(): Promise<Browser> {
  const executablePath = process.env.FIREFOX_PATH ?? FIREFOX;
  if (!existsSync(executablePath)) {
    throw new EngineMissing(
      'firefox',
      `Firefox (${executablePath})`,
      'apt-get install firefox-esr',
    );
  }
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}

function launchChromium(): Promise<Browser> {
  // Debian's Chromium where there is one, else Playwright's own build, as the rest of the suite.
  const { executablePath = chromium.executablePath(), args = [] } = chromiumLaunchOptions();
  if (!existsSync(executablePath)) {
    throw new EngineMissing(
      'chromium',
      `Chromium (${executablePath})`,
      'apt-get install chromium (Debian) or npx playwright install chromium',
    );
  }
  return puppeteer.launch({ browser: 'chrome', executablePath, args, headless: true });
}

function puppeteerTab(page: Page): BrowserTab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    url: () => Promise.resolve(page.url()),
    run: <A extends unknown[], R>(fn: InPage<A, R>, ...args: A) =>
      page.evaluate(fn as (...args: unknown[]) => R, ...args) as Promise<R>,
    inject: async (source) => void (await page.evaluate(source)),
    click: async (find, ...args) => {
      // A person clicks in the tab in front; a background tab does not paint, so input there hangs.
      await page.bringToFront();
      const handle = await page.evaluateHandle(find as (...args: unknown[]) => Element, ...args);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) throw new Error('Nothing to click.');
      await element.click();
      await handle.dispose();
    },
    close: () => page.close(),
  };
}
