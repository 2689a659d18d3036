import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The auto-disabled banner at the top of the main area, found as a person finds it: by the
 * "Show/Hide details" control it always has. Its role says how it was announced: `alert` the
 * first time an event shows, `status` for the good news, a named `region` afterwards.
 */
export class AutoDisabledBanner {
  readonly main: Locator;
  readonly toggle: Locator;
  readonly root: Locator;
  readonly upgrade: Locator;
  readonly activationRules: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    const toggle = page.getByRole('button', { name: /^(Show|Hide) details$/ });
    this.toggle = this.main.locator(toggle);
    this.root = this.main
      .getByRole('alert')
      .or(this.main.getByRole('status'))
      .or(this.main.getByRole('region'))
      // `has` is matched inside each candidate, so it is written from the page, not from main.
      .filter({ has: toggle });
    this.upgrade = this.root.getByRole('link', { name: 'Upgrade to Pro' });
    this.activationRules = this.root.getByRole('link', { name: 'About activation rules' });
  }

  restoreButton(modeName: string): Locator {
    return this.root.getByRole('button', { name: `Turn “${modeName}” back on` });
  }

  async expectPaused({ skipped }: { skipped: number }) {
    await expect(this.root).toHaveAccessibleName(
      'Your AI Agent is paused: your free AI credits ran out',
    );
    await expect(this.root).toContainText('“Disable all replies”');
    await expect(this.root).toContainText('It does not reply to DMs.');
    await expect(this.root).toContainText('AI steps in your scenarios are skipped.');
    await expect(this.root).toContainText(
      skipped === 0 ? 'No AI actions have been skipped yet.' : `${skipped} AI action`,
    );
    await expect(this.root).toContainText('Nothing was deleted');
  }

  /** The role the banner has now: how a screen reader met it. */
  async role(): Promise<string | null> {
    return this.root.getAttribute('role');
  }

  async collapse() {
    await this.main.getByRole('button', { name: 'Hide details' }).click();
    await this.expectCollapsed();
  }

  async expand() {
    await this.main.getByRole('button', { name: 'Show details' }).click();
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'true');
  }

  async expectCollapsed() {
    await expect(this.toggle).toHaveText('Show details');
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(this.root).not.toContainText('Nothing was deleted');
  }

  async restore(modeName: string) {
    await this.restoreButton(modeName).click();
    await this.expectGone();
  }

  async expectGone() {
    await expect(this.toggle).toHaveCount(0);
  }
}
