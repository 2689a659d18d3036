import { expect, type Locator, type Page } from '@playwright/test';

/** The Free AI credits gauge in the sidebar, found as a person finds it. */
export class SidebarGauge {
  readonly meter: Locator;
  readonly region: Locator;
  /** The gauge itself is the link to Settings -> Billing. */
  readonly link: Locator;
  /** The polite live region that announces crossing into low and reaching zero. */
  readonly announcer: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Free AI credits' });
    this.meter = page.getByRole('meter', { name: 'Free AI credits' });
    this.link = this.region.getByRole('link');
    this.announcer = this.region.getByRole('status');
  }

  async expectBalance(left: number, granted: number) {
    await expect(this.meter).toHaveAttribute('aria-valuenow', String(left));
    await expect(this.meter).toHaveAttribute('aria-valuemax', String(granted));
    await expect(this.meter).toHaveAttribute(
      'aria-valuetext',
      `${left} of ${granted} free AI credits left`,
    );
  }

  async expectAbsent() {
    await expect(this.meter).toHaveCount(0);
    await expect(this.region).toHaveCount(0);
  }
}
