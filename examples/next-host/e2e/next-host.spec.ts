import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/**
 * The Next.js host (examples/next-host), built on the packed tarball and served by `next start`,
 * against `npm run mock-server`: the gauge and the billing page rendered on the server with
 * `fetchCreditsState`, then hydrated and live in the browser. NEXT_HOST_API_URL is the mock server
 * the playwright config starts for this project; it answers 401 to any request without
 * NEXT_HOST_API_TOKEN, which the host sends from the server and, through the fetch it gives
 * CreditsProvider, from the browser.
 */
const API = process.env.NEXT_HOST_API_URL!;
const AUTH = { authorization: `Bearer ${process.env.NEXT_HOST_API_TOKEN!}` };

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

/** The HTML `next start` sends for `path`, as a client without JavaScript gets it. */
async function serverHtml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  // React separates adjacent text with empty comments: read the text as a person would.
  return (await response.text()).replaceAll('<!-- -->', '');
}

/** The attributes of every element with `role="meter"` in `html`. */
function metersIn(html: string): Record<string, string>[] {
  return [...html.matchAll(/<[a-z]+\s[^>]*role="meter"[^>]*>/g)].map(([tag]) =>
    Object.fromEntries(
      [...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]),
    ),
  );
}

/** Console errors, page errors and hydration warnings, from the moment the page is opened. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text()))
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

// One account on one mock server: the tests take turns.
test.describe.configure({ mode: 'default' });

test.beforeEach(async ({ request }) => {
  await post(request, '/api/qa/scenario', { name: 'low' });
});

test('the server HTML holds the gauge with its value', async ({ request }) => {
  const meters = metersIn(await serverHtml(request, '/'));
  expect(meters).toHaveLength(1);
  expect(meters[0]).toMatchObject({
    'aria-label': 'Free AI credits',
    'aria-valuenow': '7',
    'aria-valuemax': '100',
  });
});

test("both pages hydrate on the server's data: no warning, no console error, no second request", async ({
  page,
}) => {
  const problems = problemsOf(page);
  // What the server sent, the browser does not ask for again.
  const asked: string[] = [];
  page.on('request', (sent) => {
    if (/\/api\/(credits|agent)$/.test(new URL(sent.url()).pathname)) asked.push(sent.url());
  });
  for (const path of ['/', '/settings/billing']) {
    // The live stream opens once the first frame is on screen: the page is hydrated by then.
    const stream = page.waitForResponse((response) => response.url().endsWith('/api/events'));
    await page.goto(path);
    expect((await stream).status()).toBe(200);
    await expect(
      page.getByRole('navigation', { name: 'Acme admin' }).getByRole('meter'),
    ).toHaveAttribute('aria-valuenow', '7');
  }
  await expect(
    page
      .getByRole('region', { name: 'Acme settings' })
      .getByRole('region', { name: 'Your plan: Free' }),
  ).toBeVisible();
  expect(problems).toEqual([]);
  expect(asked).toEqual([]);
});

test('a spend through the API moves the gauge live, over the stream the host fetch opens', async ({
  page,
  request,
}) => {
  const stream = page.waitForResponse((response) => response.url().endsWith('/api/events'));
  await page.goto('/');
  const meter = page
    .getByRole('navigation', { name: 'Acme admin' })
    .getByRole('meter', { name: 'Free AI credits' });
  await expect(meter).toHaveAttribute('aria-valuenow', '7');

  const opened = await stream;
  expect(opened.status()).toBe(200);
  expect(await opened.request().headerValue('authorization')).toBe(AUTH.authorization);

  await spend(request, 1);
  await expect(meter).toHaveAttribute('aria-valuenow', '6');
});

test('the billing page comes from the server, and the upgrade to Pro works', async ({
  page,
  request,
}) => {
  expect(await serverHtml(request, '/settings/billing')).toMatch(/<h2[^>]*>Your plan: Free<\/h2>/);

  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Acme admin' });
  const meter = sidebar.getByRole('meter', { name: 'Free AI credits' });
  await expect(meter).toHaveAttribute('aria-valuenow', '7');

  // The gauge's link is the host's next/link (linkComponent): it navigates without a page load.
  const documents: string[] = [];
  page.on('request', (sent) => {
    if (sent.isNavigationRequest()) documents.push(sent.url());
  });
  await sidebar.getByRole('link', { name: /Free AI credits/ }).click();
  await expect(page).toHaveURL(/\/settings\/billing$/);
  const settings = page.getByRole('region', { name: 'Acme settings' });
  await expect(settings.getByRole('region', { name: 'Your plan: Free' })).toBeVisible();
  expect(documents).toEqual([]);

  await settings.getByRole('button', { name: 'Upgrade to Pro' }).click();
  await page.getByRole('button', { name: 'Confirm the upgrade' }).click();
  await expect(settings.getByRole('status')).toContainText('You are on Pro now');
  await expect(meter).toHaveCount(0);

  // Rendered again on the server, on Pro: the plan is Pro and the sidebar has no gauge.
  await page.reload();
  await expect(settings.getByRole('region', { name: 'Your plan: Pro' })).toBeVisible();
  await expect(sidebar.getByRole('meter')).toHaveCount(0);
});
