// @vitest-environment jsdom
/**
 * Server rendering as TanStack Query's SSR guide has it: the server fetches the credits and the
 * agent (`fetchCreditsState`), renders with them (React's server renderer), and the browser
 * hydrates that HTML from the same dehydrated state: the same markup (React reports any
 * difference), and no request for what the server sent.
 */
import { HydrationBoundary, type DehydratedState } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { act, createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BillingPage, CreditsGauge, CreditsProvider } from '@/index';
import { queryKeys } from '@/lib/api/query-keys';
import { createMemoryBackend } from '@/mocks/memory-backend';
import { fetchCreditsState } from './server';

const API = 'https://credits.example.test';
const server = setupServer();
const asked: string[] = [];

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
  server.events.on('request:start', ({ request }) => {
    asked.push(`${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
  });
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterAll(() => server.close());

/** The host's page: the gauge and the billing page, on what the server fetched. */
const page = (state: DehydratedState) =>
  createElement(CreditsProvider, {
    baseUrl: API,
    // No live channel here: the test counts requests, and the stream would be one.
    live: null,
    children: createElement(HydrationBoundary, {
      state,
      children: [
        createElement(CreditsGauge, { key: 'gauge', billingHref: '/settings/billing' }),
        createElement(BillingPage, { key: 'billing' }),
      ],
    }),
  });

describe('fetchCreditsState and server rendering', () => {
  it('puts the balance and the plan in the server HTML, and the browser hydrates it as is', async () => {
    server.use(...createMemoryBackend('low').handlers);
    const state = await fetchCreditsState({
      baseUrl: API,
      headers: { authorization: 'Bearer merchant' },
    });
    // The host's headers reach the API.
    expect(asked.sort()).toEqual(['/api/agent Bearer merchant', '/api/credits Bearer merchant']);

    const html = renderToString(page(state));
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-valuenow="7"');
    expect(html).toContain('7 of 100 free AI credits left');
    expect(html).not.toContain('Loading your AI credits');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    expect(container.querySelector('[data-section="plan-card"] h2')?.textContent).toBe(
      'Your plan: Free',
    );
    const mismatches: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error');
    asked.length = 0;
    // Async: the provider's own updates just after hydrating (the first paint has come, the live
    // code arrives) land inside act too.
    const root = await act(async () => {
      const hydrated = hydrateRoot(container, page(state), {
        onRecoverableError: (error) => mismatches.push(error),
      });
      await Promise.resolve();
      return hydrated;
    });
    expect(mismatches).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('7');
    // What the server sent is not asked for again (the billing page's own sections are).
    expect(asked.filter((line) => /^\/api\/(credits|agent) /.test(line))).toEqual([]);
    act(() => root.unmount());
    consoleError.mockRestore();
  });

  it('leaves out what failed, so the browser asks for it itself', async () => {
    server.use(...createMemoryBackend('low').handlers);
    server.use(
      http.get(`${API}/api/credits`, () =>
        HttpResponse.json({ error: { code: 'down', message: 'Down.' } }, { status: 503 }),
      ),
    );
    const state = await fetchCreditsState({ baseUrl: API });
    expect(state.queries.map((query) => query.queryKey)).toEqual([queryKeys.agent.detail()]);
  });

  it('refuses an address a server cannot resolve', async () => {
    await expect(fetchCreditsState({ baseUrl: '/api' })).rejects.toThrow(/absolute address/);
  });
});
