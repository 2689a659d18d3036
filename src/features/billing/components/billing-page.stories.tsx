import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent } from 'storybook/test';
import type { ScenarioName } from '@/contract/qa';
import { creditsFor } from '@/testing/builders';
import { BillingPageView } from './billing-page';

/**
 * The whole page in each state. The credits come in as props (in the app, from the credits query
 * the sidebar gauge reads); the checklist, usage and history come from the mock backend at the
 * same scenario.
 */
const meta = {
  title: 'Features/Billing/Billing page',
  component: BillingPageView,
  args: { credits: { status: 'loading' } },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ padding: '1.5rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof BillingPageView>;
export default meta;
type Story = StoryObj<typeof meta>;

function at(scenario: ScenarioName): Pick<Story, 'args' | 'parameters'> {
  return {
    args: { credits: { status: 'ready', credits: creditsFor(scenario) } },
    parameters: { scenario },
  };
}

export const FreeNew: Story = {
  ...at('new-free'),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Your plan: Free' })).toHaveTextContent(
      '50 credits left',
    );
    await expect(canvas.getByRole('button', { name: 'Upgrade to Pro' })).toBeVisible();
    await expect(await canvas.findAllByRole('button', { name: /^Mark as done/ })).toHaveLength(5);
    await expect(canvas.getByRole('region', { name: 'What uses a credit' })).toBeVisible();
    await expect(await canvas.findByText('Starter credits')).toBeVisible();
  },
};

export const FreeOnboarded: Story = {
  ...at('onboarded'),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('100 credits left')).toBeVisible();
    await expect(await canvas.findByText(/Checklist complete/)).toBeVisible();
  },
};

export const Low: Story = {
  ...at('low'),
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Running low: 7 credits left/)).toBeVisible();
    await expect(canvas.getByText(/You are running low. Upgrade now/)).toBeVisible();
    await expect(await canvas.findByText(/your credits last about 1 more day/)).toBeVisible();
  },
};

export const Empty: Story = {
  ...at('exhausted'),
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/You are out of credits/)).toBeVisible();
    await expect(await canvas.findByText(/6 actions skipped, at no cost/)).toBeVisible();
  },
};

export const Promotions: Story = {
  ...at('promo-after-exhaustion'),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('20 credits left')).toBeVisible();
    await expect(await canvas.findByText('Promotion: Winter boost')).toBeVisible();
  },
};

export const Pro: Story = {
  ...at('pro'),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Your plan: Pro' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Upgrade to Pro' })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('meter')).not.toBeInTheDocument();
    await expect(canvas.queryByRole('region', { name: /Earn credits/ })).not.toBeInTheDocument();
    await expect(await canvas.findByText('160 AI actions')).toBeVisible();
  },
};

export const Loading: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading your plan and credits')).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Upgrade to Pro' })).not.toBeInTheDocument();
  },
};

export const Error: Story = {
  args: { credits: { status: 'error', onRetry: fn() } },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'We could not load your plan and credits.',
    );
    await expect(canvas.queryByRole('region', { name: 'Usage history' })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.credits.status === 'error' && args.credits.onRetry).toHaveBeenCalledOnce();
  },
};

export const EmptyHistory: Story = {
  ...at('new-free'),
  parameters: {
    scenario: 'new-free',
    overrides: [
      http.get('*/api/credits/ledger', () =>
        HttpResponse.json({ entries: [], nextCursor: null, total: 0 }),
      ),
    ],
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Nothing here yet/)).toBeVisible();
    await expect(await canvas.findByText(/No AI actions in the last 14 days/)).toBeVisible();
  },
};

export const LongHistory: Story = {
  ...at('long-history'),
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('region', { name: 'All activity' });
    await expect(canvas.getByText(/of 100,000 entries loaded/)).toBeVisible();
    await expect(list.querySelectorAll('li').length).toBeLessThan(60);
  },
};
