import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { never, noLiveEvents, unavailable } from './story-overrides';
import { UsageOverview } from './usage-overview';

const meta = {
  title: 'Features/Billing/Usage overview',
  component: UsageOverview,
  args: { plan: 'free' },
} satisfies Meta<typeof UsageOverview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FreeSpending: Story = {
  parameters: { scenario: 'low' },
  play: async ({ canvas }) => {
    const figure = await canvas.findByRole('figure', { name: /Credits used per day/ });
    await expect(figure.querySelectorAll('li')).toHaveLength(14);
    await expect(canvas.getByText(/credits used in the last 14 days/)).toBeVisible();
    await expect(canvas.getByRole('figure', { name: 'By kind' })).toHaveTextContent(
      'Conversations',
    );
  },
};

export const WithSkippedActions: Story = {
  parameters: { scenario: 'exhausted' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/6 actions skipped, at no cost/)).toBeVisible();
  },
};

export const Pro: Story = {
  args: { plan: 'pro' },
  parameters: { scenario: 'pro' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('figure', { name: /AI actions per day/ })).toBeVisible();
    await expect(canvas.getByText(/AI actions in the last 14 days/)).toBeVisible();
  },
};

export const NoUsageYet: Story = {
  parameters: { scenario: 'new-free' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/No AI actions in the last 14 days/)).toBeVisible();
    await expect(canvas.queryByRole('figure')).not.toBeInTheDocument();
  },
};

export const Loading: Story = {
  parameters: { overrides: [never('/api/credits/usage')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading your usage')).toBeInTheDocument();
  },
};

export const Error: Story = {
  parameters: {
    scenario: 'low',
    overrides: [noLiveEvents, unavailable('/api/credits/usage', 'get', true)],
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'We could not load your usage.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('figure', { name: /Credits used per day/ })).toBeVisible();
  },
};
