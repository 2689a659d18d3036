import { http, sse, type HttpHandler, type HttpResponseResolver } from 'msw';
import { balanceOf, type AccountState } from '@/domain/account';
import {
  completeOnboardingStep,
  grantPromotion,
  restorePreviousMode,
  runAiAction,
  setActivationMode,
  upgradeToPro,
  type Decision,
} from '@/domain/commands';
import { AI_ACTION_KINDS } from '@/domain/credits';
import { calendarDays, dayKeyIn, summariseUsage } from '@/domain/usage';
import { API_ROUTES, type ApiRouteName } from '@/contract/routes';
import { ALL_ROUTES, type RouteName } from '@/contract/qa';
import {
  agentSchema,
  aiActionRequestSchema,
  aiActionResponseSchema,
  creditsSchema,
  ledgerPageSchema,
  ledgerQuerySchema,
  onboardingSchema,
  onboardingStepResultSchema,
  setActivationModeRequestSchema,
  upgradeResponseSchema,
  usageQuerySchema,
  usageSchema,
  type LiveEvent,
} from '@/contract/schemas';
import {
  faultsSchema,
  promotionRequestSchema,
  qaStateSchema,
  scenarioRequestSchema,
} from '@/contract/qa';
import type { MockDb, StoredAccount } from './db/mock-db';
import { faultResponse, lostResponse, pickFault } from './faults';
import { HttpError, jsonError, parseOrThrow, readJson, reply, toErrorResponse } from './http-utils';
import { followAccount } from './live-events';
import { presentAgent, presentCredits, presentLedgerEntry, presentOnboarding } from './present';
import { buildScenario } from './scenarios';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MockBackendOptions {
  db: MockDb;
  now?: () => number;
  random?: () => number;
}

/**
 * The mock credit backend: the credit rules behind the API contract. One set of handlers for the
 * browser worker, Node tests, Storybook and the HTTP mock server. Errors and edge cases are not
 * here: they come from the faults route or from per-test overrides.
 */
export function createHandlers({
  db,
  now = Date.now,
  random = Math.random,
}: MockBackendOptions): HttpHandler[] {
  const iso = () => new Date(now()).toISOString();

  /** Runs a domain decision as one serialised change and returns its result. */
  function commit<R>(
    decide: (state: AccountState, at: string) => Decision<R>,
    idempotencyKey?: string,
  ) {
    return db.commit((account) => {
      const at = iso();
      const decision = decide(account.state, at);
      return {
        account: touched(account, decision, at),
        events: decision.events,
        result: decision.result,
      };
    }, idempotencyKey);
  }

  const route = (name: RouteName, resolver: HttpResponseResolver) =>
    http[methodOf(name)](`*${ALL_ROUTES[name].path}`, guard(name, resolver));

  /** Higher-order resolver: faults first (never on QA routes), then any thrown error as a JSON 4xx. */
  function guard(name: RouteName, resolver: HttpResponseResolver): HttpResponseResolver {
    return async (info) => {
      try {
        const fault = isFaultable(name)
          ? await pickFault(name, (await db.read()).faults, random)
          : undefined;
        if (fault && fault !== 'lost_response') return await faultResponse(fault);
        const response = await resolver(info);
        return fault === 'lost_response' ? lostResponse() : response;
      } catch (error) {
        return toErrorResponse(error);
      }
    };
  }

  const handlers: HttpHandler[] = [
    route('credits', async () => {
      const account = await db.read();
      return reply(creditsSchema, presentCredits(account));
    }),

    route('ledger', async ({ request }) => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const query = parseOrThrow(ledgerQuerySchema, params, 'ledger query');
      const slice = await db.ledger(query);
      return reply(ledgerPageSchema, { ...slice, entries: slice.entries.map(presentLedgerEntry) });
    }),

    route('agent', async () => reply(agentSchema, presentAgent(await db.read()))),

    route('setActivationMode', async ({ request }) => {
      const { mode } = await readJson(request, setActivationModeRequestSchema);
      await commit((state, at) => setActivationMode(state, mode, at));
      return reply(agentSchema, presentAgent(await db.read()));
    }),

    route('restoreActivationMode', async () => {
      await commit((state, at) => restorePreviousMode(state, at));
      return reply(agentSchema, presentAgent(await db.read()));
    }),

    route('aiActions', async ({ request }) => {
      const body = await readJson(request, aiActionRequestSchema);
      const result = await db.commit((account, prior) => {
        if (prior && prior.kind !== body.kind) {
          throw new HttpError(
            409,
            'idempotency_key_reused',
            `This idempotency key was used for a "${prior.kind}" action.`,
          );
        }
        const at = iso();
        const decision = runAiAction(account.state, body, at, prior);
        return {
          account: touched(account, decision, at),
          events: decision.events,
          result: { ...decision.result, balance: balanceOf(decision.state) },
        };
      }, body.idempotencyKey);
      return reply(aiActionResponseSchema, result, { status: result.replayed ? 200 : 201 });
    }),

    route('onboarding', async () =>
      reply(onboardingSchema, presentOnboarding((await db.read()).state)),
    ),

    route('completeOnboardingStep', async ({ params }) => {
      const stepId = String(params.id);
      const { granted } = await commit((state, at) => completeOnboardingStep(state, stepId, at));
      const account = await db.read();
      return reply(onboardingStepResultSchema, { granted, credits: presentCredits(account) });
    }),

    route('upgrade', async () => {
      const { changed } = await commit((state, at) => upgradeToPro(state, at));
      return reply(upgradeResponseSchema, { plan: 'pro', changed });
    }),

    route('qaScenario', async ({ request }) => {
      const { name, entries } = await readJson(request, scenarioRequestSchema);
      const { account, events } = buildScenario(name, now(), { entries });
      await db.replace(account, events);
      return reply(qaStateSchema, {
        scenario: name,
        faults: account.faults,
        ledgerSize: events.length,
      });
    }),

    route('qaPromotion', async ({ request }) => {
      const promotion = await readJson(request, promotionRequestSchema);
      const { granted } = await commit((state, at) => grantPromotion(state, promotion, at));
      const account = await db.read();
      return reply(creditsSchema, presentCredits(account), { status: granted ? 201 : 200 });
    }),

    route('qaFaults', async ({ request }) => {
      const faults = await readJson(request, faultsSchema);
      await db.commit((account) => ({
        account: { ...account, faults },
        events: [],
        result: undefined,
      }));
      return reply(faultsSchema, faults);
    }),

    route('qaState', async () => {
      const account = await db.read();
      return reply(qaStateSchema, {
        scenario: account.scenario,
        faults: account.faults,
        ledgerSize: account.lastSeq,
      });
    }),

    route('usage', async ({ request }) => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const { days, timeZone } = parseOrThrow(usageQuerySchema, params, 'usage query');
      const dayOf = dayKeyIn(timeZone);
      const window = calendarDays(dayOf(iso()), days);
      // Back to whichever starts first, the window or the month, plus a day for any time zone.
      const daysBack = Math.max(days, Number(window.at(-1)!.slice(8, 10))) + 1;
      const counts = await db.usage(new Date(now() - daysBack * DAY_MS).toISOString(), dayOf);
      return reply(usageSchema, { timeZone, ...summariseUsage(counts, window, AI_ACTION_KINDS) });
    }),
  ];

  // MSW builds SSE handlers on the EventSource API, which Node lacks without a flag; Node-side
  // consumers (tests, the HTTP mock server) follow changes through `db.subscribe` instead.
  const live = typeof EventSource === 'function' ? [liveEvents(db, random)] : [];
  return [...handlers, ...live, ...fallbackHandlers()];
}

/** Pushes the new credits and agent state to every open page after any change, here or in another tab. */
function liveEvents(db: MockDb, random: () => number): HttpHandler {
  return sse<{ message: LiveEvent }>(`*${API_ROUTES.events.path}`, ({ client, request }) => {
    const stop = followAccount(db, random, {
      send: (event) => client.send({ data: event }),
      fail: () => client.error(),
    });
    request.signal.addEventListener('abort', stop, { once: true });
  });
}

/** QA routes are never faulted: they are how a test turns faults off again. */
function isFaultable(name: RouteName): name is ApiRouteName {
  return name in API_ROUTES;
}

function methodOf(name: RouteName) {
  return ALL_ROUTES[name].method.toLowerCase() as 'get' | 'put' | 'post';
}

function touched<R>(account: StoredAccount, decision: Decision<R>, at: string): StoredAccount {
  return decision.events.length === 0
    ? account
    : { ...account, state: decision.state, updatedAt: at };
}

/** Known paths with the wrong method get 405, everything else under /api gets 404: never a silent success. */
function fallbackHandlers(): HttpHandler[] {
  const allowed = new Map<string, string[]>();
  for (const { method, path } of Object.values(ALL_ROUTES))
    allowed.set(path, [...(allowed.get(path) ?? []), method]);
  return [
    http.get(`*${API_ROUTES.events.path}`, () =>
      jsonError(
        406,
        'not_acceptable',
        'The events route streams server-sent events: send "Accept: text/event-stream".',
      ),
    ),
    ...[...allowed].map(([path, methods]) =>
      http.all(`*${path}`, ({ request }) => {
        const response = jsonError(
          405,
          'method_not_allowed',
          `${request.method} is not allowed on ${path}; use ${methods.join(' or ')}.`,
        );
        response.headers.set('Allow', methods.join(', '));
        return response;
      }),
    ),
    // Only paths that start with /api/: a `*/api/*` pattern also caught the app's own source
    // modules under `src/**/api/` that the dev server serves to lazily loaded routes.
    http.all(/^[a-z][a-z\d+.-]*:\/\/[^/]+\/api\//i, ({ request }) =>
      jsonError(
        404,
        'not_found',
        `No API route ${request.method} ${new URL(request.url).pathname}.`,
      ),
    ),
  ];
}
