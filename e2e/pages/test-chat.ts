import { expect, type Locator, type Page } from '@playwright/test';

/** "Try your agent" on the home page. */
export class TestChatPanel {
  readonly region: Locator;
  readonly input: Locator;
  readonly send: Locator;
  readonly log: Locator;
  readonly replies: Locator;
  readonly typing: Locator;
  readonly paused: Locator;
  readonly retry: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Try your agent' });
    this.input = this.region.getByRole('textbox', { name: 'Message to your agent' });
    this.send = this.region.getByRole('button', { name: /^(Send|Sending…)$/ });
    this.log = this.region.getByRole('log', { name: 'Test conversation' });
    this.replies = this.log
      .getByRole('listitem')
      .filter({ hasText: /Used 1 credit|Included in Pro/ });
    this.typing = this.log.getByText('Your agent is writing…');
    this.paused = this.region.getByRole('status', { name: 'Replies are paused' });
    this.retry = this.log.getByRole('button', { name: 'Try again' });
  }

  /** Writes and sends a message; does not wait for the reply. */
  async write(text: string) {
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  /** Sends a message and waits until the agent has answered it. */
  async ask(text: string) {
    const before = await this.replies.count();
    await this.write(text);
    await expect(this.replies).toHaveCount(before + 1);
  }
}
