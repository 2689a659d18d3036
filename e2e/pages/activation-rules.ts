import { expect, type Locator, type Page } from '@playwright/test';

/** Settings -> Activation rules: the four modes as a radio group and a save button. */
export class ActivationRulesPage {
  readonly heading: Locator;
  readonly modes: Locator;
  readonly save: Locator;
  readonly status: Locator;
  readonly autoSetNote: Locator;
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Activation rules' });
    this.modes = page.getByRole('radiogroup', { name: 'When your agent replies' });
    this.save = page.getByRole('button', { name: 'Save mode' });
    this.status = page.getByRole('form', { name: 'When your agent replies' }).getByRole('status');
    this.autoSetNote = page.getByRole('region', { name: 'Set automatically' });
    this.refusal = page.getByRole('alert', { name: 'This mode needs AI credits' });
  }

  mode(name: string): Locator {
    return this.modes.getByRole('radio', { name });
  }

  async choose(name: string) {
    await this.mode(name).click();
    await expect(this.mode(name)).toBeChecked();
    await this.save.click();
  }

  /** The agent's mode as the page marks it: described as "Current". */
  async expectCurrent(name: string) {
    await expect(this.mode(name)).toHaveAccessibleDescription(/Current$/);
  }
}
