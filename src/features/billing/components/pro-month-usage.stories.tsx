import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ProMonthUsage } from './pro-month-usage';
import { never, noLiveEvents, unavailable } from './story-overrides';

/** On Pro: this month's AI use as plain counts, unmetered. */
const meta = {
  title: 'Features/Billing/Pro month usage',
  component: ProMonthUsage,
  parameters: { scenario: 'pro' },
} satisfies Meta<typeof ProMonthUsage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ThisMonth: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/AI action/)).toBeVisible();
    await expect(canvas.getByText(/nothing is metered on Pro/)).toBeVisible();
    await expect(canvas.queryByRole('meter')).not.toBeInTheDocument();
  },
};

export const Loading: Story = {
  parameters: { overrides: [never('/api/credits/usage')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading this month’s AI use')).toBeInTheDocument();
  },
};

export const Error: Story = {
  parameters: { overrides: [unavailable('/api/credits/usage'), noLiveEvents] },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('We could not load this month’s AI use.')).toBeVisible();
  },
};
