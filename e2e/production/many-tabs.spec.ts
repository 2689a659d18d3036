import type { APIRequestContext, BrowserContext, Page, Request } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { SidebarGauge } from '../pages/sidebar-gauge.ts';

/**
 * A merchant's ordinary day: many tabs of the app in one browser, on an API over HTTP/1.1 (the
 * HTTP mock, as local development and many proxies are). A browser keeps at most 6 HTTP/1.1
 * connections to a host, so a live stream per tab left the seventh tab without its page. One tab
 * holds the stream and relays its events to the others (src/lib/live/shared-live-channel.ts).
 */
const TABS = 12;

const isStream = (request: Request) => new URL(request.url()).pathname === '/api/events';
const isCredits = (request: Request) => new URL(request.url()).pathname === '/api/credits';

/**
 * Tabs of one browser on the scenario `low`, opened one after the other at `paths`, each waited
 * for until its gauge shows; with which tab asked for each live stream, in order, and how often
 * the tabs asked for the credits themselves (the poll a silent stream falls back on).
 */
async function openTabs(context: BrowserContext, request: APIRequestContext, paths: string[]) {
  // One account on one server: start from its scenario, whatever ran before.
  expect((await request.post('/api/qa/scenario', { data: { name: 'low' } })).status()).toBe(200);
  const tabs = { pages: [] as Page[], streams: [] as Page[], creditsAsked: 0 };
  for (const path of paths) {
    const page = await context.newPage();
    page.on('request', (sent) => {
      if (isStream(sent)) tabs.streams.push(page);
      if (isCredits(sent)) tabs.creditsAsked += 1;
    });
    await page.goto(path);
    await new SidebarGauge(page).expectBalance(7, 100);
    tabs.pages.push(page);
  }
  // The stream is opened by one of them only.
  await expect.poll(() => tabs.streams.length).toBe(1);
  return tabs;
}

test('twelve tabs share one live stream, every tab stays live, and another tab takes over', async ({
  context,
  request,
}) => {
  // `/` and billing, mixed, as a merchant keeps them: every tab gets its page and its gauge.
  const tabs = await openTabs(
    context,
    request,
    Array.from({ length: TABS }, (_, i) => (i % 3 === 2 ? '/settings/billing' : '/')),
  );
  const { pages, streams } = tabs;

  // One spend through the API moves every tab, through the relayed event: a tab that missed it
  // would only catch up by asking the API itself (after 10 s of silence), and most tabs never ask.
  const spend = async (key: string) => {
    const asked = tabs.creditsAsked;
    const answer = await request.post('/api/ai-actions', {
      data: { kind: 'dm_reply', idempotencyKey: `${key}-${Date.now()}` },
    });
    expect(answer.status()).toBe(201);
    return () => tabs.creditsAsked - asked;
  };
  const askedSinceFirst = await spend('many-tabs-1');
  for (const page of pages) await new SidebarGauge(page).expectBalance(6, 100);
  expect(askedSinceFirst()).toBeLessThan(TABS / 2);

  // A request from the last tab is answered: connections are left for it.
  const last = pages.at(-1)!;
  expect(await last.evaluate(() => fetch('/api/credits').then((answer) => answer.status))).toBe(
    200,
  );

  // The tab holding the stream closes: another one opens it, and every other tab still moves.
  const holder = streams[0]!;
  await holder.close();
  const others = pages.filter((page) => page !== holder);
  await expect.poll(() => streams.length).toBe(2);
  expect(others).toContain(streams[1]);
  const askedSinceSecond = await spend('many-tabs-2');
  for (const page of others) await new SidebarGauge(page).expectBalance(5, 100);
  expect(askedSinceSecond()).toBeLessThan(TABS / 2);
  expect(streams).toHaveLength(2);
});

test('a tab the browser freezes gives the live stream up to another, and only waits in line once resumed', async ({
  context,
  request,
}) => {
  const { pages, streams } = await openTabs(context, request, ['/', '/settings/billing', '/']);

  // Chromium freezes a hidden background tab to save power (the Page Lifecycle API), and a frozen
  // tab runs no code: it must not hold the stream the other tabs hear. Headless Chromium keeps
  // every tab visible and ignores CDP's Page.setWebLifecycleState 'frozen' there (no `freeze`
  // event, checked), so the page is sent the events the browser would send.
  const holder = streams[0]!;
  const holderStream = holder.waitForEvent('requestfailed', isStream);
  await holder.evaluate(() => document.dispatchEvent(new Event('freeze')));
  await holderStream;
  await expect.poll(() => streams.length).toBe(2);
  expect(streams[1]).not.toBe(holder);

  const answer = await request.post('/api/ai-actions', {
    data: { kind: 'dm_reply', idempotencyKey: `frozen-${Date.now()}` },
  });
  expect(answer.status()).toBe(201);
  for (const page of pages.filter((page) => page !== holder))
    await new SidebarGauge(page).expectBalance(6, 100);

  // Resumed, it waits in line behind the new holder: no stream of its own, no hand-over back.
  await holder.evaluate(() => document.dispatchEvent(new Event('resume')));
  await new SidebarGauge(holder).expectBalance(6, 100);
  await holder.reload();
  await new SidebarGauge(holder).expectBalance(6, 100);
  expect(streams).toHaveLength(2);
});
