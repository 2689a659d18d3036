/**
 * Many tabs of the app in one browser, sharing one live stream (src/lib/live/shared-live-channel.ts):
 * how many streams 1, 6 and 12 tabs hold, how fast an API spend reaches the farthest of 12 tabs
 * beside a lone tab, and how long the stream takes to move when the tab holding it closes.
 * Each round opens one browser context and grows it: 1 tab (measured alone), 6, then 12 (the
 * farthest tab measured); rounds alternate the two cases so that a slow spell hits both.
 */
import type { BrowserContext, Browser, Page, Request } from 'playwright';
import { armMeterWatch, changedAt, summarise, type FreshnessResult } from './freshness.ts';
import { api } from './server.ts';

export interface TabCount {
  /** Tabs opened in the context. */
  tabs: number;
  /** Tabs that showed the gauge. */
  withGauge: number;
  /** Tabs whose gauge moved on a spend made through the API. */
  live: number;
  /** `/api/events` requests the context had sent and that had not finished, failed or closed. */
  streams: number;
}

export interface HandOver {
  /** From the holding tab's close to another tab sending `/api/events`; null: not within 10 s. */
  streamMs: number | null;
  /** From a spend sent right after the close to the farthest tab's gauge moving; null: not within 10 s. */
  spendMs: number | null;
  /** The tab (1-based, in opening order) that sent the new request. */
  takenBy: number | null;
  /** Streams held once the spend had reached the farthest tab. */
  streamsAfter: number;
}

export interface ManyTabsRound {
  counts: TabCount[];
  /** The tab (1-based) that held the stream with every tab open. */
  holder: number;
  /** The tab measured with every tab open: the last opened that does not hold the stream. */
  farthest: number;
  /** Its page (the lone tab is always on `/`). */
  farthestPath: string;
  handOver: HandOver;
}

export interface ManyTabsResult {
  rounds: ManyTabsRound[];
  /** A lone tab, the API spends of every round. */
  oneTab: FreshnessResult;
  /** The farthest of `tabs` tabs, the API spends of every round. */
  farthestTab: FreshnessResult;
  /** The tab holding the stream, on the same spends as the farthest: the load without the relay. */
  holderTab: FreshnessResult;
  tabs: number;
  /** p95 of the farthest tab over p95 of a lone tab. */
  ratio: number;
}

const GAUGE = { name: 'Free AI credits' } as const;
/** How long a tab may take to show its gauge before it counts as a tab without one. */
const TAB_BOUND_MS = 20_000;
/** How long the hand-over may take before it counts as not having happened. */
const HAND_OVER_BOUND_MS = 10_000;
/** Between samples: every tab renders the last spend before the next one is sent. */
const SETTLE_MS = 150;

const isStream = (request: Request) => new URL(request.url()).pathname === '/api/events';

/** Which page sent each `/api/events` request of a context, when, and whether it is still open. */
function watchStreams(context: BrowserContext) {
  const sent: { page: Page | null; at: number; request: Request }[] = [];
  const ended = new Set<Request>();
  context.on('request', (request) => {
    if (!isStream(request)) return;
    let page: Page | null = null;
    try {
      page = request.frame().page();
    } catch {
      // A worker's request has no frame: counted, with no page.
    }
    sent.push({ page, at: Date.now(), request });
  });
  context.on('requestfinished', (request) => void ended.add(request));
  context.on('requestfailed', (request) => void ended.add(request));
  const open = () => sent.filter(({ page, request }) => !ended.has(request) && !page?.isClosed());
  return { sent, open };
}

/** Resolves once `ready` returns a value, polled every 20 ms; null after `withinMs`. */
async function poll<T>(ready: () => T | undefined, withinMs: number): Promise<T | null> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = ready();
    if (value !== undefined) return value;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The page of the tab opened `index`th (from 0): `/`, with the billing page every third tab from
 * the second. The first and the last of 12 tabs are both `/`, so the farthest tab is measured on
 * the same page as the lone tab (a billing tab also asks for its history on every spend).
 */
export const tabPath = (index: number) => (index % 3 === 1 ? '/settings/billing' : '/');

/** Opens a tab; whether it showed the gauge within the bound. */
async function openTab(context: BrowserContext, base: string, index: number) {
  const page = await context.newPage();
  const started = Date.now();
  try {
    await page.goto(`${base}${tabPath(index)}`, {
      waitUntil: 'commit',
      timeout: TAB_BOUND_MS,
    });
    await page
      .getByRole('meter', GAUGE)
      .waitFor({ timeout: Math.max(1, TAB_BOUND_MS - (Date.now() - started)) });
    return { page, gauge: true };
  } catch {
    return { page, gauge: false };
  }
}

export async function measureManyTabs(
  browser: Browser,
  base: string,
  { rounds = 3, samplesPerRound = 12, checkpoints = [1, 6, 12] } = {},
): Promise<ManyTabsResult> {
  const tabs = Math.max(...checkpoints);
  const alone: number[] = [];
  const farthestSamples: number[] = [];
  const holderSamples: number[] = [];
  const results: ManyTabsRound[] = [];
  let spends = 0;
  const spend = async () => {
    const sentAt = Date.now();
    await api(base, 'POST', '/api/ai-actions', {
      kind: 'intent_detection',
      idempotencyKey: `many-tabs-${sentAt}-${spends++}`,
    });
    return sentAt;
  };
  /** Spends through the API and times each until each page's gauge moves. */
  const sample = async (watched: [Page, number[]][]) => {
    for (let i = 0; i < samplesPerRound; i++) {
      await Promise.all(watched.map(([page]) => armMeterWatch(page)));
      const sentAt = await spend();
      const changed = await Promise.all(watched.map(([page]) => changedAt(page)));
      watched.forEach(([, into], j) => into.push(changed[j]! - sentAt));
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  };

  for (let round = 0; round < rounds; round++) {
    // 100 credits: a round spends about 30, and a spend on an empty balance moves no gauge.
    await api(base, 'POST', '/api/qa/scenario', { name: 'onboarded' });
    const context = await browser.newContext();
    try {
      const streams = watchStreams(context);
      const pages: Page[] = [];
      const withGauge = new Set<Page>();
      const counts: TabCount[] = [];
      for (const checkpoint of checkpoints) {
        while (pages.length < checkpoint) {
          const { page, gauge } = await openTab(context, base, pages.length);
          pages.push(page);
          if (gauge) withGauge.add(page);
        }
        // One spend: every tab with its gauge should show it, through the stream or its relay.
        const armed = pages.filter((page) => withGauge.has(page));
        await Promise.all(armed.map(armMeterWatch));
        await spend();
        const moved = await Promise.allSettled(armed.map((page) => changedAt(page)));
        counts.push({
          tabs: pages.length,
          withGauge: armed.length,
          live: moved.filter((result) => result.status === 'fulfilled').length,
          streams: streams.open().length,
        });
        if (pages.length === 1) {
          if (!withGauge.has(pages[0]!)) throw new Error('The first tab showed no gauge.');
          await sample([[pages[0]!, alone]]);
        }
      }

      const holding = streams.open();
      if (holding.length !== 1 || !holding[0]!.page)
        throw new Error(`${tabs} tabs hold ${holding.length} live streams, not one.`);
      const holder = holding[0]!.page;
      const farthest = pages.findLast((page) => page !== holder && withGauge.has(page));
      if (!farthest) throw new Error('No tab but the holding one showed its gauge.');
      await sample([
        [farthest, farthestSamples],
        [holder, holderSamples],
      ]);

      // The holding tab closes; a spend right after must still reach the farthest tab.
      await armMeterWatch(farthest);
      const before = streams.sent.length;
      const closedAt = Date.now();
      await holder.close();
      const spentAt = await spend();
      const [reopened, changed] = await Promise.all([
        poll(
          () => streams.sent.slice(before).find((stream) => stream.page !== holder),
          HAND_OVER_BOUND_MS,
        ),
        changedAt(farthest, HAND_OVER_BOUND_MS).catch(() => null),
      ]);
      results.push({
        counts,
        holder: pages.indexOf(holder) + 1,
        farthest: pages.indexOf(farthest) + 1,
        farthestPath: tabPath(pages.indexOf(farthest)),
        handOver: {
          streamMs: reopened ? reopened.at - closedAt : null,
          spendMs: changed === null ? null : changed - spentAt,
          takenBy: reopened?.page ? pages.indexOf(reopened.page) + 1 : null,
          streamsAfter: streams.open().length,
        },
      });
    } finally {
      await context.close();
    }
  }

  const oneTab = summarise(alone);
  const farthestTab = summarise(farthestSamples);
  return {
    rounds: results,
    oneTab,
    farthestTab,
    holderTab: summarise(holderSamples),
    tabs,
    ratio: farthestTab.p95Ms / oneTab.p95Ms,
  };
}
