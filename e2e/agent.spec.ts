import type { Page } from '@playwright/test';
import { expect, reloadApp, test } from './fixtures.ts';
import { AutoDisabledBanner } from './pages/banner.ts';

/** How many test-chat actions the backend recorded (charged or skipped): what was really sent. */
async function testChatActions(page: Page) {
  const result = await page.evaluate(async () => {
    const response = await fetch('/api/credits/ledger?kind=test_chat_reply&limit=1');
    return (await response.json()) as { total: number };
  });
  return result.total;
}

test.describe('the test chat spends credits', () => {
  test.use({ scenario: 'onboarded' });

  test('each reply spends one credit; the last one empties the balance, and the banner explains and leads to billing', async ({
    page,
    openApp,
    api,
    gauge,
    chat,
    banner,
  }) => {
    await openApp('/');
    await gauge.expectBalance(100, 100);
    await expect(chat.region).toContainText('Each reply uses 1 credit');

    // The interesting edge is the last two turns: the 98 before them are spent through the API.
    // (The whole 100-turn walk, with its timings, is a bench scenario: `npm run bench`.)
    await api.spend(98, { kind: 'test_chat_reply', prefix: 'drain' });
    await gauge.expectBalance(2, 100);

    for (const [question, left] of [
      ['Do you ship abroad?', 1],
      ['Where is my order?', 0],
    ] as const) {
      await chat.ask(question);
      await gauge.expectBalance(left, 100);
    }

    // At 0: the chat pauses, the banner appears as an alert, and nothing more is sent.
    await expect(chat.paused).toContainText('Nothing is sent or charged');
    await expect(banner.root).toHaveAttribute('role', 'alert');
    await banner.expectPaused({ skipped: 0 });
    await chat.write('Anyone there?');
    await expect(chat.send).toHaveAttribute('aria-disabled', 'true');
    await expect(chat.input).toHaveValue('Anyone there?');
    expect(await testChatActions(page)).toBe(100);

    // The number survives a reload, and the banner is not announced a second time.
    await reloadApp(page);
    await gauge.expectBalance(0, 100);
    await expect(banner.root).toHaveAttribute('role', 'region');
    await banner.expectPaused({ skipped: 0 });

    await banner.upgrade.click();
    await expect(page).toHaveURL(/\/settings\/billing$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await expect(banner.root).toBeVisible();
  });

  test('the gauge moves before the backend answers, and a failed spend rolls back, says so, and is retried without a second charge', async ({
    page,
    openApp,
    api,
    gauge,
    chat,
  }) => {
    await openApp('/');
    await gauge.expectBalance(100, 100);

    // A slow answer keeps the reply pending long enough to see the gauge already moved: the
    // state is asserted while it holds, whatever the machine's speed within those seconds.
    await api.faults({ latencyMs: 5000 });
    await chat.write('Hello!');
    await gauge.expectBalance(99, 100);
    await expect(chat.typing).toBeVisible();
    await expect(chat.replies).toHaveCount(1);
    await api.faults({ latencyMs: 0 });

    await api.faults({ routes: { aiActions: 'error_503' } });
    await chat.write('Where is my order?');
    await expect(chat.log).toContainText('cannot tell yet whether a credit was used');
    await gauge.expectBalance(99, 100);

    await api.faults({ routes: {} });
    await chat.retry.click();
    await expect(chat.replies).toHaveCount(2);
    await gauge.expectBalance(98, 100);
    expect(await testChatActions(page)).toBe(2);

    await reloadApp(page);
    await gauge.expectBalance(98, 100);
  });
});

test.describe('a spend whose answer is lost', () => {
  test.use({ scenario: 'onboarded' });

  test('the credit was used; the retry with the same key is not charged again (rule 7)', async ({
    page,
    openApp,
    api,
    gauge,
    chat,
  }) => {
    await openApp('/');
    // The backend records the charge, then the answer never reaches the page.
    await api.faults({ routes: { aiActions: 'lost_response' } });
    await chat.write('Do you ship abroad?');
    await expect(chat.log).toContainText('cannot tell yet whether a credit was used');
    // The live events carry the truth: the credit was used.
    await gauge.expectBalance(99, 100);

    await api.faults({});
    await chat.retry.click();
    await expect(chat.replies).toHaveCount(1);
    await gauge.expectBalance(99, 100);
    expect(await testChatActions(page)).toBe(1);
    await reloadApp(page);
    await gauge.expectBalance(99, 100);
  });
});

test.describe('the banner while the agent is paused', () => {
  test.use({ scenario: 'exhausted' });

  test('its code fails to arrive at first: the page carries on, and the banner comes with the next try', async ({
    page,
    openApp,
    banner,
    gauge,
  }) => {
    // The banner's words are a file of their own; the static host fails it once. On the
    // context: the demo build's mock worker fetches for the page.
    let refused = 0;
    await page.context().route(/auto-disabled-banner-view/, (route) => {
      if (refused >= 1) return route.fallback();
      refused += 1;
      return route.fulfill({ status: 503, body: '' });
    });
    await openApp('/');
    await gauge.expectBalance(0, 100);
    await banner.expectPaused({ skipped: 6 });
    expect(refused).toBe(1);
  });

  test('shows in the first render after its code and the agent are in, with no hold', async ({
    page,
    scenario,
    banner,
  }) => {
    // React.lazy's Suspense boundary holds new content back until 300 ms after its fallback was
    // shown. With the page's clock frozen, its timers run only as far as this test moves it: 1 ms
    // per look, and the banner must be there long before 300 ms of its time have passed. A slow
    // machine only takes more looks, each still 1 ms of page time.
    await page.clock.install({ time: new Date('2026-06-01T12:00:00Z') });
    await page.clock.pauseAt(new Date('2026-06-01T12:01:00Z'));
    let moved = 0;

    await page.goto(`/?scenario=${scenario}`);
    await expect
      .poll(async () => {
        if (await banner.root.isVisible()) return true;
        await page.clock.runFor(1);
        moved += 1;
        return false;
      })
      .toBe(true);
    expect(moved).toBeLessThan(300);
  });

  test('says what happened and when; collapsed, it stays collapsed across pages and reloads, never gone', async ({
    page,
    openApp,
    banner,
  }) => {
    await openApp('/');
    await expect(banner.root).toHaveAttribute('role', 'alert');
    await banner.expectPaused({ skipped: 6 });
    const when = banner.root.locator('time');
    await expect(when).toHaveText('yesterday');
    await expect(when).toHaveAttribute('title', /^On \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}/);
    await expect(banner.activationRules).toHaveAttribute('href', '/settings/activation-rules');

    await banner.collapse();
    await expect(banner.upgrade).toBeVisible();

    await reloadApp(page);
    await banner.expectCollapsed();
    await expect(banner.root).toHaveAttribute('role', 'region');
    await expect(banner.root).toHaveAccessibleName('Agent paused: out of free AI credits');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Billing' })
      .click();
    await banner.expectCollapsed();

    await banner.expand();
    await banner.expectPaused({ skipped: 6 });
    await reloadApp(page);
    await expect(banner.toggle).toHaveAttribute('aria-expanded', 'true');
  });

  test('the activation rules say the mode was set automatically and refuse a mode that replies', async ({
    page,
    openApp,
    rules,
    banner,
  }) => {
    await openApp('/settings/activation-rules');
    await expect(rules.heading).toBeVisible();
    await expect(rules.mode('Disable all replies')).toBeChecked();
    await rules.expectCurrent('Disable all replies');
    await expect(rules.autoSetNote).toContainText('It was on “All pending messages” before.');

    await rules.choose('All pending messages');
    await expect(rules.refusal).toContainText('You have no free AI credits left');
    await expect(rules.refusal.getByRole('link', { name: 'Upgrade to Pro' })).toHaveAttribute(
      'href',
      '/settings/billing',
    );
    await rules.expectCurrent('Disable all replies');

    await reloadApp(page);
    await expect(rules.mode('Disable all replies')).toBeChecked();
    await expect(banner.root).toBeVisible();
  });
});

test.describe('once AI can run again', () => {
  test.describe('after a promotion', () => {
    test.use({ scenario: 'promo-after-exhaustion' });

    test('one click restores the previous mode; the banner goes and stays gone', async ({
      page,
      openApp,
      gauge,
      banner,
      rules,
    }) => {
      await openApp('/');
      await expect(banner.root).toHaveAttribute('role', 'status');
      await expect(banner.root).toHaveAccessibleName('AI can run again: you have 20 credits');
      await expect(banner.upgrade).toHaveCount(0);

      await banner.restore('All pending messages');
      await expect(
        page.getByText('Done: your agent is back on “All pending messages”.'),
      ).toBeAttached();
      await gauge.expectBalance(20, 120);

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Activation rules' })
        .click();
      await expect(rules.mode('All pending messages')).toBeChecked();
      await rules.expectCurrent('All pending messages');
      await expect(rules.autoSetNote).toHaveCount(0);

      await reloadApp(page);
      await banner.expectGone();
      await gauge.expectBalance(20, 120);
    });

    test('a mode set by hand wins: the banner steps aside at once', async ({
      page,
      openApp,
      banner,
      rules,
    }) => {
      await openApp('/settings/activation-rules');
      await expect(banner.root).toBeVisible();
      await rules.choose('Automation only');
      await banner.expectGone();
      await expect(rules.status).toHaveText('Saved: your agent is on “Automation only”.');
      await reloadApp(page);
      await banner.expectGone();
      await rules.expectCurrent('Automation only');
    });

    test('a restore in one tab clears the banner in another', async ({
      openApp,
      openSecondTab,
      banner,
    }) => {
      await openApp('/');
      const second = await openSecondTab('/settings/billing');
      const otherBanner = new AutoDisabledBanner(second.page);
      await expect(otherBanner.root).toBeVisible();
      await banner.restore('All pending messages');
      await otherBanner.expectGone();
    });
  });

  test.describe('after upgrading to Pro', () => {
    test.use({ scenario: 'pro-after-exhaustion' });

    test('one click restores the previous mode', async ({
      page,
      openApp,
      gauge,
      banner,
      rules,
    }) => {
      await openApp('/');
      await expect(banner.root).toHaveAccessibleName('AI can run again: you are on Pro');
      await gauge.expectAbsent();
      await banner.restore('All pending messages');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Activation rules' })
        .click();
      await rules.expectCurrent('All pending messages');
      await reloadApp(page);
      await banner.expectGone();
      await gauge.expectAbsent();
    });
  });
});
