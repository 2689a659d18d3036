import { HttpResponse, http, type HttpHandler, type HttpResponseResolver } from 'msw';
import { REQUEST_BODIES, takesBody, type BodyOf } from '@/contract/bodies';
import { ALL_ROUTES, type RouteName } from '@/contract/qa';
import { faultsSchema, qaStateSchema } from '@/contract/qa';
import { API_ROUTES, type ApiRouteName } from '@/contract/routes';
import {
  agentSchema,
  aiActionResponseSchema,
  creditsSchema,
  ledgerPageSchema,
  ledgerQuerySchema,
  onboardingSchema,
  onboardingStepResultSchema,
  upgradeResponseSchema,
  usageQuerySchema,
  usageSchema,
} from '@/contract/schemas';
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
import type { MockDb, StoredAccount } from './db/mock-db';
import { faultResponse, lostResponse, pickFault } from './faults';
import {
  HttpError,
  isAllowedOrigin,
  isJsonContentType,
  jsonError,
  parseJsonBody,
  parseOrThrow,
  readBodyText,
  reply,
  toErrorResponse,
} from './http-utils';
import { clientKey } from './idempotency-keys';
import { followAccount } from './live-events';
import { presentAgent, presentCredits, presentLedgerEntry, presentOnboarding } from './present';
import { buildScenario } from './scenarios';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MockBackendOptions {
  db: MockDb;
  now?: () => number;
  random?: () => number;
  /**
   * Page origins, besides the mock's own and any localhost one, that may call it. Every other
   * page is refused (403), so a site open in another tab cannot spend, upgrade or reset.
   */
  allowedOrigins?: readonly string[];
}

type Resolver<N extends RouteName> = (
  info: Parameters<HttpResponseResolver>[0],
  body: BodyOf<N>,
) => Response | Promise<Response>;

/** A live-event stream whose reader has this many messages unread has stopped reading: drop it. */
const MAX_UNREAD_EVENTS = 256;

/**
 * The mock credit backend: the credit rules behind the API contract. One set of handlers for the
 * browser worker, Node tests, Storybook and the HTTP mock server. Errors and edge cases are not
 * here: they come from the faults route or from per-test overrides.
 */
export function createHandlers({
  db,
  now = Date.now,
  random = Math.random,
  allowedOrigins = [],
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

  /** One route, and for a GET route its HEAD twin: the same answer without the body. */
  function route<N extends RouteName>(name: N, resolver: Resolver<N>): HttpHandler[] {
    const path = `*${ALL_ROUTES[name].path}`;
    const guarded = guard(name, resolver);
    if (ALL_ROUTES[name].method !== 'GET') return [http[methodOf(name)](path, guarded)];
    return [
      http.get(path, guarded),
      http.head(path, async (info) => withoutBody(await guarded(info))),
    ];
  }

  /**
   * Higher-order resolver: the request is admitted (origin, content type, body) before anything
   * runs, then faults (never on QA routes), then the route; any thrown error becomes a JSON 4xx.
   */
  function guard<N extends RouteName>(name: N, resolver: Resolver<N>) {
    return async (info: Parameters<HttpResponseResolver>[0]): Promise<Response> => {
      try {
        const body = await admit(name, info.request);
        const fault = isFaultable(name)
          ? await pickFault(name, (await db.read()).faults, random)
          : undefined;
        if (fault && fault !== 'lost_response') return await faultResponse(fault);
        const response = await resolver(info, body);
        return fault === 'lost_response' ? lostResponse() : response;
      } catch (error) {
        return toErrorResponse(error);
      }
    };
  }

  function checkOrigin(request: Request) {
    const origin = request.headers.get('origin');
    if (!isAllowedOrigin(origin, new URL(request.url).origin, allowedOrigins)) {
      throw new HttpError(
        403,
        'origin_not_allowed',
        `Pages from ${String(origin)} may not call this API: only its own origin, localhost and the origins it was started with may.`,
      );
    }
  }

  /**
   * Who is calling, and what it sent: a state-changing route reads JSON only (a `text/plain` or
   * form post needs no CORS preflight, so any page could send one), reads at most
   * MAX_BODY_BYTES, validates the body its contract defines and refuses one where none is.
   */
  async function admit<N extends RouteName>(name: N, request: Request): Promise<BodyOf<N>> {
    checkOrigin(request);
    const { method } = ALL_ROUTES[name];
    if (method === 'GET') return undefined as BodyOf<N>;
    const path = new URL(request.url).pathname;
    const type = request.headers.get('content-type');
    const json = isJsonContentType(type);
    if (takesBody(name)) {
      if (!json) {
        throw new HttpError(
          415,
          'unsupported_media_type',
          `${method} ${path} takes a JSON body: send it with "Content-Type: application/json"${type ? `, not "${type}"` : ''}.`,
        );
      }
      return parseJsonBody(await readBodyText(request), REQUEST_BODIES[name]) as BodyOf<N>;
    }
    if (type !== null && !json) {
      throw new HttpError(
        415,
        'unsupported_media_type',
        `${method} ${path} takes no body; send no Content-Type or "application/json", not "${type}".`,
      );
    }
    if ((await readBodyText(request)) !== '') {
      throw new HttpError(
        400,
        'unexpected_body',
        `${method} ${path} takes no request body; send it empty.`,
      );
    }
    return undefined as BodyOf<N>;
  }

  const handlers: HttpHandler[] = [
    route('credits', async () => {
      const account = await db.read();
      return reply(creditsSchema, presentCredits(account));
    }),

    route('ledger', async ({ request }) => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const query = parseOrThrow(ledgerQuerySchema, params, 'ledger query');
      const { epoch } = await db.read();
      const cursor = query.cursor === undefined ? undefined : seqOfCursor(query.cursor, epoch);
      const slice = await db.ledger({ ...query, cursor });
      return reply(ledgerPageSchema, {
        ...slice,
        entries: slice.entries.map(presentLedgerEntry),
        nextCursor: slice.nextCursor === null ? null : `${epoch}-${slice.nextCursor}`,
      });
    }),

    route('agent', async () => reply(agentSchema, presentAgent(await db.read()))),

    route('setActivationMode', async (_, { mode }) => {
      await commit((state, at) => setActivationMode(state, mode, at));
      return reply(agentSchema, presentAgent(await db.read()));
    }),

    route('restoreActivationMode', async () => {
      await commit((state, at) => restorePreviousMode(state, at));
      return reply(agentSchema, presentAgent(await db.read()));
    }),

    route('aiActions', async (_, body) => {
      const idempotencyKey = clientKey(body.idempotencyKey);
      const result = await db.commit((account, prior) => {
        if (prior && prior.kind !== body.kind) {
          throw new HttpError(
            409,
            'idempotency_key_reused',
            `This idempotency key was used for a "${prior.kind}" action.`,
          );
        }
        const at = iso();
        const decision = runAiAction(account.state, { kind: body.kind, idempotencyKey }, at, prior);
        return {
          account: touched(account, decision, at),
          events: decision.events,
          result: { ...decision.result, balance: balanceOf(decision.state) },
        };
      }, idempotencyKey);
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

    route('qaScenario', async (_, { name, entries }) => {
      const { account, events } = buildScenario(name, now(), { entries });
      await db.replace(account, events);
      return reply(qaStateSchema, {
        scenario: name,
        faults: account.faults,
        ledgerSize: events.length,
      });
    }),

    route('qaPromotion', async (_, promotion) => {
      const { granted } = await commit((state, at) => grantPromotion(state, promotion, at));
      const account = await db.read();
      return reply(creditsSchema, presentCredits(account), { status: granted ? 201 : 200 });
    }),

    route('qaFaults', async (_, faults) => {
      await db.commit((account) => ({
        // The same faults again is a no-op: no new revision, no live event.
        account:
          JSON.stringify(account.faults) === JSON.stringify(faults)
            ? account
            : { ...account, faults },
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
  ].flat();

  /**
   * Pushes the new credits and agent state to every open page after any change, here or in
   * another tab. Written on a plain streamed response rather than MSW's `sse()`, whose client
   * cannot tell us when a reader went away: here every way out releases the subscription.
   */
  const events = [
    http.head(`*${API_ROUTES.events.path}`, ({ request }) => {
      try {
        checkOrigin(request);
      } catch (error) {
        return withoutBody(toErrorResponse(error));
      }
      return new HttpResponse(null, { headers: EVENT_STREAM_HEADERS });
    }),
    http.get(`*${API_ROUTES.events.path}`, ({ request }) => {
      if (!request.headers.get('accept')?.includes('text/event-stream')) return undefined;
      try {
        checkOrigin(request);
      } catch (error) {
        return toErrorResponse(error);
      }
      // The reader left while we waited (injected latency): never subscribe on its behalf.
      if (request.signal.aborted) return HttpResponse.error();
      return new HttpResponse(liveEventStream(db, random, request.signal), {
        headers: EVENT_STREAM_HEADERS,
      });
    }),
  ];
  return [...handlers, ...events, ...fallbackHandlers()];
}

const EVENT_STREAM_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache',
};

/**
 * One reader's stream of live events: the current state at once, then after every change. Its
 * subscription is released on every way out: the reader cancels, the request is aborted, a write
 * fails, the reader stops reading, or QA cuts the stream.
 */
function liveEventStream(
  db: MockDb,
  random: () => number,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let release = () => undefined as void;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        stop();
        signal.removeEventListener('abort', close);
      };
      release = close;
      const fail = (reason: string) => {
        if (!open) return;
        close();
        controller.error(new Error(reason));
      };
      // The same source as the in-page channel: faults at connect and while open act alike.
      const stop = followAccount(db, random, {
        send: (event) => {
          if (!open) return;
          if ((controller.desiredSize ?? 0) < -MAX_UNREAD_EVENTS) {
            fail('The reader stopped reading live events.');
            return;
          }
          try {
            controller.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
          } catch {
            close();
          }
        },
        fail: () => fail('Live events cut by a fault.'),
      });
      signal.addEventListener('abort', close, { once: true });
      if (signal.aborted) close();
    },
    cancel() {
      release();
    },
  });
}

/** A HEAD answer: the status and headers of the GET, no body. */
function withoutBody(response: Response): Response {
  void response.body?.cancel();
  return new Response(null, { status: response.status, headers: response.headers });
}

/** The ledger position a cursor stands for, or 410 when it was handed out before a reset. */
function seqOfCursor(cursor: string, epoch: number): string {
  const [cursorEpoch, seq] = cursor.split('-');
  if (Number(cursorEpoch) !== epoch) {
    throw new HttpError(
      410,
      'cursor_expired',
      'This cursor was handed out before the account was reset; load the ledger again from the first page, without a cursor.',
    );
  }
  return seq!;
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
  for (const { method, path } of Object.values(ALL_ROUTES)) {
    const methods = method === 'GET' ? ['GET', 'HEAD'] : [method];
    allowed.set(path, [...(allowed.get(path) ?? []), ...methods]);
  }
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
          `${request.method} is not allowed on ${path}; use ${methods.join(', ')}.`,
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
