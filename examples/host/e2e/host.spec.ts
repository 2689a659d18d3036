import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * The host app (examples/host), built on the packed tarball, against `npm run mock-server`: the
 * gauge in the host's sidebar, the billing page in the host's settings, and the credit rules.
 * HOST_API_URL is the mock server the playwright config starts for this project; like a real API
 * behind auth, it answers 401 to any request without HOST_API_TOKEN, which the host app sends
 * through the fetch it gives CreditsProvider.
 */
const API = process.env.HOST_API_URL!;
const AUTH = { authorization: `Bearer ${process.env.HOST_API_TOKEN!}` };

async function post(request: APIRequestContext, path: string, data: unknown) {
  const response = await request.post(`${API}${path}`, { data, headers: AUTH });
  expect(response.ok(), await response.text()).toBe(true);
}

/** `count` AI actions, each its own (a new idempotency key), as the host's backend reports them. */
async function spend(request: APIRequestContext, count: number) {
  for (let i = 0; i < count; i += 1)
    await post(request, '/api/ai-actions', {
      kind: 'dm_reply',
      idempotencyKey: crypto.randomUUID(),
    });
}

// One account on one mock server: the tests take turns.
test.describe.configure({ mode: 'default' });

test.beforeEach(async ({ request }) => {
  await post(request, '/api/qa/scenario', { name: 'low' });
});

test('spend, exhaustion, upgrade: the host shows the package as the rules say', async ({
  page,
  request,
}) => {
  // The live stream goes through the host's fetch: with its token, the API lets it open.
  const stream = page.waitForResponse((response) => response.url().endsWith('/api/events'));
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Acme admin' });
  // Acme's own word for the gauge (its `messages` override); the rest is the package's English.
  const meter = sidebar.getByRole('meter', { name: 'Acme AI credits' });
  await expect(meter).toHaveAttribute('aria-valuenow', '7');

  const opened = await stream;
  expect(opened.status()).toBe(200);
  expect(await opened.request().headerValue('authorization')).toBe(AUTH.authorization);

  // A spend made by the host's backend reaches the open page over the live channel.
  await spend(request, 1);
  await expect(meter).toHaveAttribute('aria-valuenow', '6');

  // The last credits: the agent is switched off, and the banner says why.
  await spend(request, 6);
  await expect(meter).toHaveAttribute('aria-valuenow', '0');
  const main = page.getByRole('main');
  await expect(
    main.getByText('Your AI Agent is paused: your free AI credits ran out'),
  ).toBeVisible();

  // The gauge opens the host's settings, where the package's billing page sits.
  await sidebar.getByRole('link', { name: /Acme AI credits/ }).click();
  await expect(page).toHaveURL(/\/settings\/billing$/);
  const settings = page.getByRole('region', { name: 'Acme settings' });
  await settings.getByRole('button', { name: 'Upgrade to Pro' }).click();
  await page.getByRole('button', { name: 'Confirm the upgrade' }).click();
  await expect(settings.getByRole('status')).toContainText('You are on Pro now');

  // On Pro the gauge is gone from the host's sidebar, after a reload as well.
  await expect(meter).toHaveCount(0);
  await page.reload();
  await expect(settings.getByRole('region', { name: 'Your plan: Pro' })).toBeVisible();
  await expect(sidebar.getByRole('meter')).toHaveCount(0);
});

test('the host theme reaches the components through the documented tokens', async ({ page }) => {
  await page.goto('/settings/billing');
  const upgrade = page.getByRole('button', { name: 'Upgrade to Pro' });
  await expect(upgrade).toBeVisible();
  // examples/host/src/host.css sets --inro-color-accent to the host's green.
  await expect(upgrade).toHaveCSS('background-color', 'rgb(11, 110, 79)');
});

test('without the token, the components say they could not load, never a number', async ({
  page,
}) => {
  // The host's session is gone: its requests reach the API without the token.
  await page.route(`${API}/api/**`, (route) => {
    const headers = route.request().headers();
    delete headers.authorization;
    return route.continue({ headers });
  });
  const stream = page.waitForResponse((response) => response.url().endsWith('/api/events'));
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Acme admin' });
  await expect(sidebar.getByText('Could not load your credits.')).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(sidebar.getByRole('meter')).toHaveCount(0);
  expect((await stream).status()).toBe(401);
});

test("the host's sidebar links are large enough to tap (24 px, WCAG 2.2 target size)", async ({
  page,
}) => {
  await page.goto('/');
  const links = page.getByRole('navigation', { name: 'Acme admin' }).getByRole('link');
  for (const name of ['Orders', 'Settings']) {
    const box = await links.filter({ hasText: name }).boundingBox();
    expect(box?.height ?? 0, name).toBeGreaterThanOrEqual(24);
  }
});

test('the package speaks French, and a German of the host’s own, with their formats', async ({
  page,
  request,
}) => {
  await post(request, '/api/qa/scenario', { name: 'new-free' });
  await page.goto('/?lang=fr');
  const sidebar = page.getByRole('navigation', { name: 'Acme admin' });
  await expect(sidebar.getByRole('meter', { name: 'Crédits IA offerts' })).toBeVisible();
  await expect(sidebar.getByText(/^Il reste \d+ sur \d+$/)).toBeVisible();

  // German is not in the package: Acme adds it, and what it leaves out stays English.
  await page.goto('/settings/billing?lang=de');
  await expect(sidebar.getByRole('meter', { name: 'KI-Guthaben' })).toBeVisible();
  await expect(sidebar.getByText(/^\d+ von \d+ übrig$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Abrechnung' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upgrade to Pro' })).toBeVisible();
});
