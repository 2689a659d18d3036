import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { BillingRoute } from './billing';

/** The route as the app mounts it: the page on the live credits query, against the mock backend. */
const meta = {
  title: 'Pages/Billing route',
  // Whole screens, not components: no docs page (each would mount the app once per story).
  tags: ['!autodocs'],
  component: BillingRoute,
  parameters: { layout: 'fullscreen', route: '/settings/billing' },
} satisfies Meta<typeof BillingRoute>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A finished step adds its credits once, and the plan card follows at once. */
export const OnboardingAddsCredits: Story = {
  parameters: { scenario: 'new-free' },
  play: async ({ canvas }) => {
    const plan = await canvas.findByRole('region', { name: 'Your plan: Free' });
    await expect(within(plan).getByRole('meter', { name: 'Credits left' })).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Mark as done: Add your first intent' }),
    );
    await waitFor(() => expect(within(plan).getByText('60 credits left')).toBeVisible());
    await expect(within(plan).getByText('(10 of 50 earned)')).toBeVisible();
    await expect(canvas.getByText('10 of 50 credits earned')).toBeVisible();
  },
};

/** Low -> upgrade -> the page shows Pro, the offer is gone, and focus lands on the news. */
export const UpgradeFromLow: Story = {
  parameters: { scenario: 'low' },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Upgrade to Pro' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm the upgrade' }));
    const status = await canvas.findByRole('status');
    await expect(status).toHaveTextContent('You are on Pro now');
    await waitFor(() => expect(status).toHaveFocus());
    await expect(canvas.getByRole('region', { name: 'Your plan: Pro' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Upgrade to Pro' })).not.toBeInTheDocument();
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  },
};
