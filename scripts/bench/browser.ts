/** The bench's Chromium: the same choice of browser as the tests. */
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions('browser'), headless: true });
}
