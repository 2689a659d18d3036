import { expect, type Locator, type Page } from '@playwright/test';

/** Settings -> Billing, found as a person finds it: by headings, names and labels. */
export class BillingPage {
  readonly heading: Locator;
  readonly freePlan: Locator;
  readonly proPlan: Locator;
  readonly creditsMeter: Locator;
  readonly onboarding: Locator;
  /** The offer beside the plan on Free: Free and Pro compared, and the button. */
  readonly upgradeOffer: Locator;
  readonly upgradeButton: Locator;
  readonly dialog: Locator;
  readonly confirmUpgrade: Locator;
  readonly retryUpgrade: Locator;
  readonly history: Locator;
  readonly historyFilter: Locator;
  readonly historyStart: Locator;
  /** "Newest 500 of 100,000 entries loaded…", then "100,000 entries" once all are in. */
  readonly historyCount: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Billing' });
    this.freePlan = main.getByRole('region', { name: 'Your plan: Free' });
    this.proPlan = main.getByRole('region', { name: 'Your plan: Pro' });
    this.creditsMeter = this.freePlan.getByRole('meter', { name: 'Credits left' });
    this.onboarding = main.getByRole('region', { name: 'Earn credits: finish setting up' });
    this.upgradeOffer = main.getByRole('region', { name: 'Move to Pro: AI with no limits' });
    this.upgradeButton = main.getByRole('button', { name: 'Upgrade to Pro' });
    this.dialog = page.getByRole('dialog', { name: 'Move to Pro?' });
    this.confirmUpgrade = this.dialog.getByRole('button', { name: 'Confirm the upgrade' });
    this.retryUpgrade = this.dialog.getByRole('button', { name: 'Try the upgrade again' });
    this.history = main.getByRole('region', { name: 'All activity' }).last();
    this.historyFilter = main.getByRole('combobox', { name: 'Show' });
    this.historyStart = this.history.getByText('This is where your history begins.');
    this.historyCount = main.getByText(/^(Newest [\d,]+ of )?[\d,]+ entr(y|ies)/);
  }

  /** The balance as the page states it: in words, and on its meter. */
  async expectCredits(left: number, granted: number) {
    await expect(this.freePlan).toContainText(`${left} credit${left === 1 ? '' : 's'} left`);
    await expect(this.creditsMeter).toHaveAttribute('aria-valuenow', String(left));
    await expect(this.creditsMeter).toHaveAttribute('aria-valuemax', String(granted));
  }

  step(title: string): Locator {
    return this.onboarding.getByRole('listitem').filter({ hasText: title });
  }

  /** The alert a step shows when saving it failed. */
  stepError(title: string): Locator {
    return this.step(title).getByRole('alert');
  }

  /** Presses a step's button without waiting for the answer. */
  async startStep(title: string) {
    await this.onboarding.getByRole('button', { name: `Mark as done: ${title}` }).click();
  }

  async markStepDone(title: string) {
    await this.startStep(title);
    await expect(this.step(title)).toContainText('Done:');
  }

  async openUpgrade() {
    await this.upgradeButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** On Pro: this month's AI actions, as the plan card counts them. */
  async proMonthActions(): Promise<number> {
    const total = this.proPlan.getByText(/^[\d,]+ AI actions?$/);
    await expect(total).toBeVisible();
    return Number((await total.innerText()).replace(/\D/g, ''));
  }

  /**
   * Scrolls the history to its very first entry. The loop runs inside the page (no round trip per
   * step): scroll to the bottom of what is loaded, which asks for the next, older page, wait for
   * that page to land, again. The keyboard path (End in the focused list) has its own test (billing.spec.ts).
   */
  async scrollHistoryToStart() {
    await this.history.evaluate(async (box, startText) => {
      // No deadline of its own: the test's timeout ends a history that never reaches its start.
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      while (!box.textContent?.includes(startText)) {
        const height = box.scrollHeight;
        box.scrollTop = height;
        // Wait until the older page has made the list taller, or the start is in.
        while (box.scrollHeight === height && !box.textContent?.includes(startText)) {
          await frame();
          box.scrollTop = box.scrollHeight;
        }
      }
      box.scrollTop = box.scrollHeight;
      await frame();
      await frame();
    }, 'This is where your history begins.');
    await expect(this.historyStart).toBeVisible();
  }

  /** Entries of the history in the page right now: only the ones in view are rendered. */
  historyRows(): Promise<number> {
    return this.history.getByRole('listitem').count();
  }
}
