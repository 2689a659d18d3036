import { setupServer } from 'msw/node';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_NAMES } from '@/contract/qa';
import {
  agentSchema,
  aiActionResponseSchema,
  apiErrorSchema,
  creditsSchema,
  ledgerPageSchema,
  onboardingSchema,
  upgradeResponseSchema,
  usageSchema,
  type LedgerPage,
} from '@/contract/schemas';
import { AI_ACTION_KINDS } from '@/domain/credits';
import { createMemoryBackend } from './memory-backend';

const origin = 'http://mock.test';
const server = setupServer();
let backend = createMemoryBackend();

function use(scenario: Parameters<typeof createMemoryBackend>[0]) {
  backend = createMemoryBackend(scenario, {
    now: () => Date.parse('2026-11-24T12:00:00Z'),
    random: () => 0.99,
  });
  server.resetHandlers(...backend.handlers);
}

function call(path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  return fetch(`${origin}${path}`, {
    ...rest,
    headers: { 'content-type': 'application/json', ...rest.headers },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
}

async function credits() {
  return v.parse(creditsSchema, await (await call('/api/credits')).json());
}

async function errorOf(response: Response) {
  return v.parse(apiErrorSchema, await response.json()).error;
}

let keys = 0;
const spend = (kind = 'dm_reply', idempotencyKey = `t-${++keys}`) =>
  call('/api/ai-actions', { method: 'POST', json: { kind, idempotencyKey } });

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('GET /api/credits', () => {
  it('starts a new Free account at 50 starter credits', async () => {
    use('new-free');
    expect(await credits()).toMatchObject({
      plan: 'free',
      balance: 50,
      granted: { starter: 50, onboarding: 0, promotions: 0 },
      spent: 0,
      aiEnabled: true,
      onboardingRemaining: 50,
    });
  });

  it.each([
    ['onboarded', 100],
    ['low', 7],
    ['exhausted', 0],
    ['promo-after-exhaustion', 20],
  ] as const)('shows %s with %i credits left', async (scenario, balance) => {
    use(scenario);
    expect((await credits()).balance).toBe(balance);
  });

  it('has no balance on Pro', async () => {
    use('pro');
    expect(await credits()).toMatchObject({ plan: 'pro', balance: null, aiEnabled: true });
  });

  it('builds every named scenario so that it parses', async () => {
    for (const scenario of SCENARIO_NAMES.filter((name) => name !== 'long-history')) {
      use(scenario);
      expect(v.is(creditsSchema, await (await call('/api/credits')).json())).toBe(true);
      expect(v.is(agentSchema, await (await call('/api/agent')).json())).toBe(true);
    }
  });
});

describe('POST /api/ai-actions', () => {
  it('charges one credit per action and answers 201', async () => {
    use('new-free');
    const response = await spend('shopify_product_reply');
    expect(response.status).toBe(201);
    expect(v.parse(aiActionResponseSchema, await response.json())).toEqual({
      outcome: 'charged',
      balance: 49,
      replayed: false,
    });
  });

  it('charges a retried idempotency key once', async () => {
    use('new-free');
    await spend('dm_reply', 'retry-me');
    const retry = await spend('dm_reply', 'retry-me');
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ outcome: 'charged', balance: 49, replayed: true });
    expect((await credits()).spent).toBe(1);
  });

  it('refuses a key reused for another kind', async () => {
    use('new-free');
    await spend('dm_reply', 'reused');
    const response = await spend('auto_like', 'reused');
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe('idempotency_key_reused');
  });

  it('skips actions at 0 and counts them on the agent', async () => {
    use('exhausted');
    const before = v.parse(agentSchema, await (await call('/api/agent')).json());
    const response = await spend('scenario_ai_condition');
    const after = v.parse(agentSchema, await (await call('/api/agent')).json());
    expect(await response.json()).toMatchObject({ outcome: 'skipped', balance: 0 });
    expect(after.autoDisabled!.skippedActions).toBe(before.autoDisabled!.skippedActions + 1);
  });

  it('ends 120 parallel actions on an onboarded account at exactly 0: 100 charged, 20 skipped, one switch', async () => {
    use('onboarded');
    await call('/api/agent/activation-mode', { method: 'PUT', json: { mode: 'all_pending' } });
    const responses = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        spend(AI_ACTION_KINDS[i % AI_ACTION_KINDS.length], `parallel-${i}`),
      ),
    );
    const outcomes = await Promise.all(
      responses.map(async (r) => v.parse(aiActionResponseSchema, await r.json()).outcome),
    );
    expect(outcomes.filter((o) => o === 'charged')).toHaveLength(100);
    expect(outcomes.filter((o) => o === 'skipped')).toHaveLength(20);
    expect((await credits()).balance).toBe(0);
    const switches = v.parse(
      ledgerPageSchema,
      await (await call('/api/credits/ledger?type=mode_changed&limit=500')).json(),
    );
    expect(
      switches.entries.filter((e) => e.type === 'mode_changed' && e.by === 'system'),
    ).toHaveLength(1);
    expect(v.parse(agentSchema, await (await call('/api/agent')).json())).toMatchObject({
      activationMode: 'disable_all_replies',
      autoDisabled: {
        previousMode: 'all_pending',
        reason: 'credits_exhausted',
        skippedActions: 20,
      },
      canRestore: false,
    });
  });

  it.each([
    [{ kind: 'telepathy', idempotencyKey: 'x' }, 'kind'],
    [{ kind: 'dm_reply' }, 'idempotencyKey'],
    [{ kind: 'dm_reply', idempotencyKey: 'x', extra: true }, 'extra'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    use('new-free');
    const response = await call('/api/ai-actions', { method: 'POST', json: body });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.map((issue) => issue.path)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    use('new-free');
    const response = await call('/api/ai-actions', { method: 'POST', body: '{nope' });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('invalid_json');
  });
});

describe('activation mode', () => {
  it('refuses a replying mode on an empty Free balance with 409', async () => {
    use('exhausted');
    const response = await call('/api/agent/activation-mode', {
      method: 'PUT',
      json: { mode: 'all_pending' },
    });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe('mode_needs_credits');
  });

  it.each(['pro-after-exhaustion', 'promo-after-exhaustion'] as const)(
    'restores the previous mode in %s',
    async (scenario) => {
      use(scenario);
      const agent = v.parse(agentSchema, await (await call('/api/agent')).json());
      expect(agent).toMatchObject({
        activationMode: 'disable_all_replies',
        canRestore: true,
        autoDisabled: { previousMode: 'all_pending' },
      });
      const restored = v.parse(
        agentSchema,
        await (await call('/api/agent/activation-mode/restore', { method: 'POST' })).json(),
      );
      expect(restored).toMatchObject({
        activationMode: 'all_pending',
        autoDisabled: null,
        canRestore: false,
      });
    },
  );
});

describe('onboarding', () => {
  it('grants each step once and reaches 100', async () => {
    use('new-free');
    const { steps } = v.parse(onboardingSchema, await (await call('/api/onboarding')).json());
    for (const step of steps)
      await call(`/api/onboarding/steps/${step.id}/complete`, { method: 'POST' });
    const again: unknown = await (
      await call(`/api/onboarding/steps/${steps[0]!.id}/complete`, { method: 'POST' })
    ).json();
    expect(again).toMatchObject({ granted: 0, credits: { balance: 100, onboardingRemaining: 0 } });
  });

  it('grants nothing for a step done again before the cap is reached', async () => {
    use('new-free');
    const complete = () =>
      call('/api/onboarding/steps/connect_instagram/complete', { method: 'POST' });
    await Promise.all([complete(), complete()]);
    await complete();
    expect(await credits()).toMatchObject({ balance: 60, granted: { onboarding: 10 } });
    const grants = v.parse(
      ledgerPageSchema,
      await (await call('/api/credits/ledger?type=grant')).json(),
    );
    expect(
      grants.entries.filter((e) => e.type === 'grant' && e.source === 'onboarding'),
    ).toHaveLength(1);
  });

  it('answers 404 for an unknown step', async () => {
    use('new-free');
    const response = await call('/api/onboarding/steps/fly-to-the-moon/complete', {
      method: 'POST',
    });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('unknown_onboarding_step');
  });
});

describe('billing and promotions', () => {
  it('moves to Pro once, whatever the number of submits', async () => {
    use('low');
    const [first, second] = await Promise.all([
      call('/api/billing/upgrade', { method: 'POST' }),
      call('/api/billing/upgrade', { method: 'POST' }),
    ]);
    const bodies = await Promise.all(
      [first, second].map(async (response) =>
        v.parse(upgradeResponseSchema, await response.json()),
      ),
    );
    const changed = bodies.map((body) => body.changed);
    expect(changed.sort()).toEqual([false, true]);
    expect((await credits()).plan).toBe('pro');
  });

  it('refuses a promotion on Pro', async () => {
    use('pro');
    const response = await call('/api/qa/promotions', {
      method: 'POST',
      json: { id: 'p', name: 'P', amount: 5 },
    });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe('promotion_requires_free_plan');
  });
});

describe('the ledger', () => {
  it('pages newest first with a cursor and a kind filter', async () => {
    use('low');
    const first = v.parse(
      ledgerPageSchema,
      await (await call('/api/credits/ledger?limit=10')).json(),
    );
    const second = v.parse(
      ledgerPageSchema,
      await (await call(`/api/credits/ledger?limit=10&cursor=${first.nextCursor}`)).json(),
    );
    const ids = [...first.entries, ...second.entries].map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(20);
    const replies = v.parse(
      ledgerPageSchema,
      await (await call('/api/credits/ledger?kind=dm_reply&limit=500')).json(),
    );
    expect(replies.entries.every((e) => e.type === 'ai_action' && e.kind === 'dm_reply')).toBe(
      true,
    );
    expect(replies.total).toBe(replies.entries.length);
  });

  it('rejects a bad cursor', async () => {
    use('low');
    const response = await call('/api/credits/ledger?cursor=abc');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues?.[0]?.path).toBe('cursor');
  });
});

describe('bad routes and faults', () => {
  it('answers 404 with JSON for an unknown route', async () => {
    use('new-free');
    const response = await call('/api/nothing-here');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
  });

  it('answers 405 with Allow for a wrong method', async () => {
    use('new-free');
    const response = await call('/api/credits', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('injects a failure and a malformed payload on chosen routes only', async () => {
    use('new-free');
    await call('/api/qa/faults', {
      method: 'PUT',
      json: { routes: { credits: 'error_503', agent: 'malformed' } },
    });
    expect((await call('/api/credits')).status).toBe(503);
    expect(v.is(agentSchema, await (await call('/api/agent')).json())).toBe(false);
    expect((await call('/api/onboarding')).status).toBe(200);
    await call('/api/qa/faults', { method: 'PUT', json: {} });
    expect((await call('/api/credits')).status).toBe(200);
  });

  it('a lost answer still charged once: the retry with the same key is a replay (rule 7)', async () => {
    use('new-free');
    await call('/api/qa/faults', {
      method: 'PUT',
      json: { routes: { aiActions: 'lost_response' } },
    });
    const lost = await spend('dm_reply', 'lost-once');
    expect(lost.status).toBe(503);
    expect((await credits()).balance).toBe(49);
    await call('/api/qa/faults', { method: 'PUT', json: {} });
    const retry = await spend('dm_reply', 'lost-once');
    expect(await retry.json()).toEqual({ outcome: 'charged', balance: 49, replayed: true });
    expect((await credits()).spent).toBe(1);
  });

  it('resets to a scenario through the QA route', async () => {
    use('new-free');
    const response = await call('/api/qa/scenario', {
      method: 'POST',
      json: { name: 'exhausted' },
    });
    expect(response.status).toBe(200);
    expect((await credits()).balance).toBe(0);
    const unknown = await call('/api/qa/scenario', { method: 'POST', json: { name: 'bankrupt' } });
    expect(unknown.status).toBe(400);
  });
});

describe('GET /api/credits/usage', () => {
  /** Every AI action in the ledger, paged through with the cursor: the oracle for the counts. */
  async function allActions() {
    const actions: { at: string; kind: string; outcome: string }[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: LedgerPage = v.parse(
        ledgerPageSchema,
        await (
          await call(`/api/credits/ledger?type=ai_action&limit=500${cursor && `&cursor=${cursor}`}`)
        ).json(),
      );
      for (const entry of page.entries) if (entry.type === 'ai_action') actions.push(entry);
      cursor = page.nextCursor;
    }
    return actions;
  }

  async function usage(query = '') {
    const response = await call(`/api/credits/usage${query}`);
    expect(response.status).toBe(200);
    return v.parse(usageSchema, await response.json());
  }

  it('counts the last 14 days, day by day and kind by kind, as the ledger has them', async () => {
    use('low');
    const result = await usage();
    expect(result.timeZone).toBe('UTC');
    expect(result.days.map((day) => day.date)).toEqual(
      Array.from({ length: 14 }, (_, i) => `2026-11-${String(11 + i).padStart(2, '0')}`),
    );
    const actions = await allActions();
    for (const day of result.days) {
      const charged = actions.filter((a) => a.at.startsWith(day.date) && a.outcome === 'charged');
      expect(day.charged, day.date).toBe(charged.length);
    }
    const inWindow = actions.filter((a) => a.at.slice(0, 10) >= '2026-11-11');
    const sum = (key: 'charged' | 'skipped') =>
      result.byKind.reduce((total, kind) => total + kind[key], 0);
    expect(sum('charged')).toBe(inWindow.length);
    expect(result.byKind.find((k) => k.kind === 'dm_reply')?.charged).toBe(
      inWindow.filter((a) => a.kind === 'dm_reply').length,
    );
  });

  it('counts calendar days in the time zone asked for', async () => {
    use('low');
    // Noon UTC is already 2 a.m. the next day at UTC+14.
    const result = await usage('?days=3&timeZone=Pacific/Kiritimati');
    expect(result.days.map((day) => day.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
  });

  it('counts this month for Pro: charged before the upgrade, unmetered after', async () => {
    use('pro');
    const { month } = await usage();
    expect(month).toMatchObject({ month: '2026-11', charged: 40, unmetered: 120, skipped: 0 });
  });

  it('counts skipped actions apart from spent ones', async () => {
    use('exhausted');
    const { days } = await usage('?days=2');
    expect(days.reduce((total, day) => total + day.skipped, 0)).toBe(6);
  });

  it('stops at the month and window start in a long, busy history', async () => {
    use('new-free');
    await call('/api/qa/scenario', {
      method: 'POST',
      json: { name: 'long-history', entries: 3000 },
    });
    const result = await usage('?days=30');
    const actions = await allActions();
    const november = actions.filter((a) => a.at.startsWith('2026-11'));
    expect(result.month.unmetered + result.month.charged).toBe(november.length);
    const windowStart = result.days[0]!.date;
    expect(result.days.reduce((total, day) => total + day.unmetered, 0)).toBe(
      actions.filter((a) => a.at.slice(0, 10) >= windowStart).length,
    );
  });

  it.each([
    ['?timeZone=Mars/Olympus_Mons', 'timeZone'],
    ['?days=0', 'days'],
    ['?days=365', 'days'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    use('low');
    const response = await call(`/api/credits/usage${query}`);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues?.map((issue) => issue.path)).toContain(field);
  });
});
