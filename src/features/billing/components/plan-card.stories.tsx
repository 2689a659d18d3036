import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { creditsFor } from '@/testing/builders';
import { PlanCard } from './plan-card';
import { never } from './story-overrides';

const meta = {
  title: 'Features/Billing/Plan card',
  component: PlanCard,
  args: { state: { status: 'loading' } },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '34rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PlanCard>;
export default meta;
type Story = StoryObj<typeof meta>;

const ready = (scenario: Parameters<typeof creditsFor>[0]) => ({
  state: { status: 'ready' as const, credits: creditsFor(scenario) },
});

export const FreeNew: Story = {
  args: ready('new-free'),
  parameters: { scenario: 'new-free' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Your plan: Free' })).toBeVisible();
    await expect(canvas.getByText('50 credits left')).toBeVisible();
    const meter = canvas.getByRole('meter', { name: 'Credits left' });
    await expect(meter).toHaveAttribute('aria-valuenow', '50');
    await expect(meter).toHaveAttribute('aria-valuemax', '50');
    await expect(canvas.getByText('(0 of 50 earned)')).toBeVisible();
    await expect(canvas.getByText('None yet')).toBeVisible();
    // A brand-new account has no pace to read: no forecast rather than a made-up one.
    await expect(canvas.queryByText(/At your pace/)).not.toBeInTheDocument();
  },
};

export const FreeOnboarded: Story = {
  args: ready('onboarded'),
  parameters: { scenario: 'onboarded' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('100 credits left')).toBeVisible();
    await expect(canvas.getByText('(50 of 50 earned)')).toBeVisible();
    await expect(canvas.getByRole('meter', { name: 'Credits left' })).toHaveAttribute(
      'aria-valuetext',
      '100 of 100 credits left',
    );
  },
};

export const Low: Story = {
  args: ready('low'),
  parameters: { scenario: 'low' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('7 credits left')).toBeVisible();
    await expect(canvas.getByText(/Running low: 7 credits left/)).toBeVisible();
    await expect(canvas.getByText('−93 credits')).toBeVisible();
    // Two weeks of steady spending: the history supports a forecast.
    await expect(
      await canvas.findByText(
        /At your pace over the last 7 days .* your credits last about 1 more day/,
      ),
    ).toBeVisible();
  },
};

export const Empty: Story = {
  args: ready('exhausted'),
  parameters: { scenario: 'exhausted' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('0 credits left')).toBeVisible();
    await expect(canvas.getByText(/You are out of credits. AI is off/)).toBeVisible();
    await expect(canvas.getByRole('meter', { name: 'Credits left' })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    await expect(canvas.queryByText(/At your pace/)).not.toBeInTheDocument();
  },
};

export const Promotions: Story = {
  args: ready('promo-after-exhaustion'),
  parameters: { scenario: 'promo-after-exhaustion' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('20 credits left')).toBeVisible();
    await expect(canvas.getByText('of 120 credits granted so far')).toBeVisible();
    const promotions = canvas.getByText('Promotions').closest('div')!;
    await expect(promotions).toHaveTextContent('20 credits');
  },
};

export const Pro: Story = {
  args: ready('pro'),
  parameters: { scenario: 'pro' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Your plan: Pro' })).toBeVisible();
    await expect(canvas.getByText(/AI is included with no limits/)).toBeVisible();
    await expect(canvas.queryByRole('meter')).not.toBeInTheDocument();
    // This month's use as plain counts: 40 charged before the upgrade and 120 after.
    await expect(await canvas.findByText('160 AI actions')).toBeVisible();
  },
};

/** Right after the upgrade: the news has focus, since the upgrade button is gone. */
export const ProWelcome: Story = {
  args: { ...ready('pro'), welcome: true },
  parameters: { scenario: 'pro' },
  play: async ({ canvas }) => {
    const welcome = canvas.getByRole('status');
    await expect(welcome).toHaveTextContent('You are on Pro now');
    await waitFor(() => expect(welcome).toHaveFocus());
  },
};

export const ProMonthLoading: Story = {
  args: ready('pro'),
  parameters: { scenario: 'pro', overrides: [never('/api/credits/usage')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading this month’s AI use')).toBeInTheDocument();
  },
};

export const Loading: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(
      canvas.getByRole('heading', { name: 'Loading your plan and credits' }),
    ).toBeInTheDocument();
    // The same room as the loaded card, so nothing below jumps when the numbers arrive.
    const card = canvasElement.querySelector('section')!;
    await expect(card.getBoundingClientRect().height).toBeGreaterThanOrEqual(26 * 16 - 1);
  },
};

export const Error: Story = {
  args: { state: { status: 'error', onRetry: fn() } },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'We could not load your plan and credits.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.state.status === 'error' && args.state.onRetry).toHaveBeenCalledOnce();
  },
};
