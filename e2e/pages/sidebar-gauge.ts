import { expect, type Locator, type Page } from '@playwright/test';

/** The Free AI credits gauge in the sidebar, found as a person finds it. */
export class SidebarGauge {
  readonly meter: Locator;
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Free AI credits' });
    this.meter = page.getByRole('meter', { name: 'Free AI credits' });
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
