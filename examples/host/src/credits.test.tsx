import { render, screen, waitFor } from '@testing-library/react';
import { AutoDisabledBanner, CreditsGauge, CreditsProvider } from 'inro-ai-credits';
import { createMemoryBackend, mockLiveChannel, type ScenarioName } from 'inro-ai-credits/mock';
import { describe, expect, it } from 'vitest';
import { server } from './test-setup';

const API = 'https://credits.acme.test';

/** The host's sidebar and banner on the package's in-memory mock backend, at a scenario. */
function renderAt(scenario: ScenarioName) {
  const backend = createMemoryBackend(scenario);
  server.use(...backend.handlers);
  render(
    <CreditsProvider baseUrl={API} live={mockLiveChannel(backend.db)}>
      <aside aria-label="Acme admin">
        <CreditsGauge billingHref="/settings/billing" />
      </aside>
      <main>
        <AutoDisabledBanner billingHref="/settings/billing" activationRulesHref="/settings/ai" />
      </main>
    </CreditsProvider>,
  );
}

/** One AI action, as the host's backend would report it to the credit API. */
async function spend(idempotencyKey: string) {
  const response = await fetch(`${API}/api/ai-actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'dm_reply', idempotencyKey }),
  });
  expect(response.status).toBe(201);
}

const gauge = () => screen.findByRole('meter', { name: 'Free AI credits' });
const valueOf = async () => (await gauge()).getAttribute('aria-valuenow');

describe('the packed component set in a host app, on its own mock export', () => {
  it('shows the balance of the account in the sidebar', async () => {
    renderAt('low');
    expect(await valueOf()).toBe('7');
    expect(screen.getByRole('link', { name: /Free AI credits/ }).getAttribute('href')).toBe(
      '/settings/billing',
    );
  });

  it('follows a spend made elsewhere, live', async () => {
    renderAt('low');
    await gauge();
    await spend('host-test-1');
    await waitFor(async () => expect(await valueOf()).toBe('6'));
  });

  it('explains the switch when the credits run out', async () => {
    renderAt('exhausted');
    expect(await valueOf()).toBe('0');
    await screen.findByText('Your AI Agent is paused: your free AI credits ran out');
  });

  it('shows no gauge on Pro', async () => {
    renderAt('pro');
    const sidebar = screen.getByRole('complementary', { name: 'Acme admin' });
    // Empty once the plan is known: while loading, the gauge holds its place with a placeholder.
    await waitFor(() => expect(sidebar.childElementCount).toBe(0));
    expect(screen.queryByRole('meter')).toBeNull();
  });
});
