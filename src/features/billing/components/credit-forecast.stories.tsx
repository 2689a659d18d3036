import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CreditForecast } from './credit-forecast';
import { never } from './story-overrides';

/** On the mock backend: the forecast reads the real usage history of each scenario. */
const meta = {
  title: 'Features/Billing/Credit forecast',
  component: CreditForecast,
  args: { balance: 7 },
  parameters: { scenario: 'low' },
} satisfies Meta<typeof CreditForecast>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Steady use over the last week: how long the balance lasts at that pace. */
export const AtYourPace: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/your credits last about/)).toBeVisible();
  },
};

/** No history to go on (a new account): no number at all, rather than a misleading one. */
export const NotEnoughHistory: Story = {
  args: { balance: 50 },
  parameters: { scenario: 'new-free' },
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(canvasElement.textContent).not.toMatch(/last about/);
  },
};

/** While the history loads: nothing yet. */
export const Loading: Story = {
  parameters: { overrides: [never('/api/credits/usage')] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).not.toMatch(/last about/);
  },
};
