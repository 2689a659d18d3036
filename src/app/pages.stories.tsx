import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AppRoutes } from './router';

/**
 * Whole screens, with routing and the mock backend, at the scenarios the app and Playwright use.
 * Pick one and click around: the sidebar, the banner and the pages all work.
 */
const meta = {
  title: 'Pages/App',
  // Whole screens, not components: no docs page (each would mount the app once per story).
  tags: ['!autodocs'],
  component: AppRoutes,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof AppRoutes>;
export default meta;
type Story = StoryObj<typeof meta>;

const gaugeOf = (canvas: { findByRole: (role: string, options: object) => Promise<HTMLElement> }) =>
  canvas.findByRole('meter', { name: 'Free AI credits' });

export const HomeNewFree: Story = {
  parameters: { scenario: 'new-free', route: '/' },
  play: async ({ canvas }) => {
    await expect(await gaugeOf(canvas)).toHaveAttribute(
      'aria-valuetext',
      '50 of 50 free AI credits left',
    );
    await expect(await canvas.findByRole('heading', { name: 'Try your agent' })).toBeVisible();
  },
};

export const HomeLow: Story = {
  parameters: { scenario: 'low', route: '/' },
  play: async ({ canvas }) => {
    await expect(await gaugeOf(canvas)).toHaveAttribute('aria-valuenow', '7');
  },
};

export const HomeExhausted: Story = {
  parameters: { scenario: 'exhausted', route: '/' },
  play: async ({ canvas }) => {
    await expect(await gaugeOf(canvas)).toHaveAttribute('aria-valuenow', '0');
    const main = within(canvas.getByRole('main'));
    const said = await main.findAllByText(/Your AI Agent is paused: your free AI credits ran out/);
    await expect(said[0]).toBeVisible();
  },
};

export const HomePromoAfterExhaustion: Story = {
  parameters: { scenario: 'promo-after-exhaustion', route: '/' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('button', { name: /Turn “All pending messages” back on/ }),
    ).toBeVisible();
  },
};

export const HomePro: Story = {
  parameters: { scenario: 'pro', route: '/' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/You are on Pro/)).toBeVisible();
    await expect(canvas.queryByRole('meter', { name: 'Free AI credits' })).not.toBeInTheDocument();
  },
};

export const BillingOnboarded: Story = {
  parameters: { scenario: 'onboarded', route: '/settings/billing' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await expect(await gaugeOf(canvas)).toHaveAttribute('aria-valuenow', '100');
  },
};

export const BillingProAfterExhaustion: Story = {
  parameters: { scenario: 'pro-after-exhaustion', route: '/settings/billing' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await expect(await canvas.findByRole('button', { name: /back on/ })).toBeVisible();
  },
};

export const ActivationRulesExhausted: Story = {
  parameters: { scenario: 'exhausted', route: '/settings/activation-rules' },
  play: async ({ canvas }) => {
    const group = await canvas.findByRole('radiogroup');
    await expect(within(group).getByRole('radio', { name: /Disable all replies/ })).toBeChecked();
  },
};

export const NotFound: Story = {
  parameters: { scenario: 'new-free', route: '/nowhere' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  },
};
