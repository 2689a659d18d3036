import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { useCredits } from '@/features/credits/api/use-credits';
import { createFormats } from '@/lib/i18n/formats';
import { useFormats } from '@/lib/i18n/locale-context';
import { en } from '../messages/en';
import { TestChat } from './test-chat';

const { replies } = en(createFormats('en')).chat;

/**
 * The balance as the app's gauge would show it (the chat itself leaves the number to the gauge),
 * read from the same cache, so the stories can see the optimistic drop and its settling.
 */
function BalanceReadout() {
  const balance = useCredits().data?.balance;
  const f = useFormats();
  return (
    // The story's own readout, not the component's words.
    <p translate="no">
      {balance == null
        ? 'No balance'
        : f.plural(balance, { one: '# credit left', other: '# credits left' })}
    </p>
  );
}

/** Every story runs on the mock backend: the credit a reply spends is real there. */
const meta = {
  title: 'Features/Test chat',
  component: TestChat,
  args: { billingHref: '/settings/billing' },
  parameters: { scenario: 'onboarded' },
  decorators: [
    (Story) => (
      <>
        <BalanceReadout />
        <Story />
      </>
    ),
  ],
} satisfies Meta<typeof TestChat>;
export default meta;
type Story = StoryObj<typeof meta>;

const AI_ACTIONS = '*/api/ai-actions';

export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Try your agent' })).toBeVisible();
    await expect(canvas.getByText(/Each reply uses 1 credit/)).toBeVisible();
    await expect(await canvas.findByText('100 credits left')).toBeVisible();
    await expect(canvas.getByText(/No messages yet/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled');
  },
};

/** Two turns: a canned reply on topic each time, one credit each. */
export const WithMessages: Story = {
  play: async ({ canvas }) => {
    await canvas.findByText('100 credits left');
    const box = canvas.getByRole('textbox', { name: 'Message to your agent' });
    await userEvent.type(box, 'Do you ship abroad?{Enter}');
    const log = canvas.getByRole('log', { name: 'Test conversation' });
    await waitFor(() => expect(log).toHaveTextContent('Used 1 credit'));
    const shipping = replies.shipping.some((reply) => log.textContent?.includes(reply));
    await expect(shipping).toBe(true);
    await expect(canvas.getByText('99 credits left')).toBeVisible();
    await expect(box).toHaveValue('');
    await expect(box).toHaveFocus();

    await userEvent.type(box, 'Hello!{Enter}');
    await waitFor(() => expect(canvas.getAllByText('Used 1 credit')).toHaveLength(2));
    await expect(await canvas.findByText('98 credits left')).toBeVisible();
  },
};

/** The reply is on its way: the credit is already off the balance, and no second send goes out. */
export const PendingReply: Story = {
  parameters: {
    overrides: [
      http.post(AI_ACTIONS, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ],
  },
  play: async ({ canvas }) => {
    await canvas.findByText('100 credits left');
    await userEvent.type(canvas.getByRole('textbox'), 'How much is it?{Enter}');
    await expect(await canvas.findByText('Your agent is writing…')).toBeVisible();
    await expect(canvas.getByText('99 credits left')).toBeVisible();
    const button = canvas.getByRole('button', { name: 'Sending…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The first spend is refused (429, nothing recorded); later ones reach the mock backend. Records every key sent. */
const failOnce = {
  keys: [] as string[],
  reset: () => {
    failOnce.keys.length = 0;
  },
  handler: http.post(AI_ACTIONS, async ({ request }) => {
    const body = (await request.clone().json()) as { idempotencyKey: string };
    failOnce.keys.push(body.idempotencyKey);
    if (failOnce.keys.length === 1) {
      return HttpResponse.json(
        { error: { code: 'rate_limited', message: 'Too many messages at once.' } },
        { status: 429 },
      );
    }
    // Nothing returned: the request goes on to the mock backend.
    return undefined;
  }),
};

/**
 * The spend fails: the balance goes back, the chat says so, and a retry of the same message uses
 * the same idempotency key, so it can never be charged twice.
 */
export const FailedSpendRolledBack: Story = {
  parameters: { overrides: [failOnce.handler] },
  beforeEach: failOnce.reset,
  play: async ({ canvas }) => {
    await canvas.findByText('100 credits left');
    await userEvent.type(canvas.getByRole('textbox'), 'Where is my order?{Enter}');
    await expect(
      await canvas.findByText(/Your agent did not answer, and no credit was used/),
    ).toBeVisible();
    await expect(canvas.getByText('100 credits left')).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(canvas.getByText('Used 1 credit')).toBeVisible());
    await expect(await canvas.findByText('99 credits left')).toBeVisible();
    await expect(failOnce.keys).toHaveLength(2);
    await expect(failOnce.keys[0]).toBe(failOnce.keys[1]);
    await expect(canvas.getByRole('textbox')).toHaveFocus();
  },
};

/** The service failed (503): it may have recorded the spend, so the chat does not claim it did not. */
export const ServiceFailed: Story = {
  parameters: {
    overrides: [
      http.post(AI_ACTIONS, () =>
        HttpResponse.json({ error: { code: 'unavailable', message: 'Down.' } }, { status: 503 }),
      ),
    ],
  },
  play: async ({ canvas }) => {
    await canvas.findByText('100 credits left');
    await userEvent.type(canvas.getByRole('textbox'), 'Hello!{Enter}');
    await expect(
      await canvas.findByText(/cannot tell yet whether a credit was used/),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** No answer at all: the chat does not claim the credit was kept, and a retry is free. */
export const SpendUnreachable: Story = {
  parameters: { overrides: [http.post(AI_ACTIONS, () => HttpResponse.error())] },
  play: async ({ canvas }) => {
    await canvas.findByText('100 credits left');
    await userEvent.type(canvas.getByRole('textbox'), 'Hello!{Enter}');
    await expect(
      await canvas.findByText(/we cannot tell yet whether a credit was used/),
    ).toBeVisible();
    await expect(canvas.getByText('100 credits left')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

const spy = fn();

/** Free at 0: replies are paused, the chat says why, and sending reaches no backend. */
export const PausedAtZero: Story = {
  parameters: {
    scenario: 'exhausted',
    overrides: [
      http.post(AI_ACTIONS, () => {
        spy();
        return undefined;
      }),
    ],
  },
  beforeEach: () => {
    spy.mockClear();
  },
  play: async ({ canvas }) => {
    const notice = await canvas.findByRole('status', { name: 'Replies are paused' });
    await expect(notice).toHaveTextContent('Nothing is sent or charged while replies are paused.');
    await expect(canvas.getByRole('link', { name: 'Upgrade to Pro' })).toHaveAttribute(
      'href',
      '/settings/billing',
    );
    await userEvent.type(canvas.getByRole('textbox'), 'Anyone there?{Enter}');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(canvas.getByRole('button', { name: 'Send' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(spy).not.toHaveBeenCalled();
    await expect(canvas.queryByRole('listitem')).not.toBeInTheDocument();
    await expect(canvas.getByRole('textbox')).toHaveValue('Anyone there?');
  },
};

/** The backend skipped the action (AI went off meanwhile): no reply, nothing charged, paused. */
export const SkippedByBackend: Story = {
  parameters: {
    overrides: [
      http.post(AI_ACTIONS, () =>
        HttpResponse.json({ outcome: 'skipped', balance: 0, replayed: false }, { status: 201 }),
      ),
    ],
  },
  play: async ({ canvas }) => {
    await canvas.findByText('100 credits left');
    await userEvent.type(canvas.getByRole('textbox'), 'Hi{Enter}');
    await expect(
      await canvas.findByText(
        'No reply: AI is off because your free AI credits ran out. Nothing was charged.',
      ),
    ).toBeVisible();
  },
};

export const OnPro: Story = {
  parameters: { scenario: 'pro' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Included in Pro/)).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox'), 'Is this vegan?{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('log')).toHaveTextContent(/Your agent.*Included in Pro/),
    );
    await expect(canvas.queryByText(/credits left/)).not.toBeInTheDocument();
  },
};

export const EmptyMessage: Story = {
  play: async ({ canvas }) => {
    await canvas.findByText('100 credits left');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    const box = canvas.getByRole('textbox');
    await expect(box).toHaveAccessibleDescription('Write a message first.');
    await expect(box).toHaveFocus();
  },
};
