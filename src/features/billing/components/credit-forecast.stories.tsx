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

/** No history to go on (a new account): it says why there is no number, rather than guess one. */
export const NotEnoughHistory: Story = {
  args: { balance: 50 },
  parameters: { scenario: 'new-free' },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText(/No estimate yet/)).toBeVisible();
    await expect(canvasElement.textContent).not.toMatch(/last about/);
  },
};

/** While the history loads: a placeholder the size of the line, and no number. */
export const Loading: Story = {
  parameters: { overrides: [never('/api/credits/usage')] },
  play: async ({ canvasElement }) => {
    const placeholder = canvasElement.querySelector('[data-slot="credit-forecast"]');
    await expect(placeholder).toHaveAttribute('aria-busy', 'true');
    await expect(canvasElement.textContent).toBe('');
  },
};
