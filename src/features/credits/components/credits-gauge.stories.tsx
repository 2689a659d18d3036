import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { creditsFor } from '@/testing/builders';
import { CreditsGauge, CreditsGaugeView } from './credits-gauge';

const meta = {
  title: 'Features/Credits gauge',
  component: CreditsGaugeView,
  // What the component is for: the first line of its docs page.
  parameters: {
    docs: {
      description: {
        component:
          "The sidebar's Free AI credits gauge: credits left of those granted, a warning before zero, and the way to Settings → Billing. Not shown on Pro.",
      },
    },
  },
  args: { billingHref: '/settings/billing', state: { status: 'loading' } },
  decorators: [
    (Story) => (
      <div style={{ width: '15rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CreditsGaugeView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading your AI credits')).toBeInTheDocument();
    await expect(canvas.queryByRole('meter')).not.toBeInTheDocument();
  },
};

export const Plenty: Story = {
  args: { state: { status: 'ready', credits: creditsFor('onboarded'), stale: false } },
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: 'Free AI credits' });
    await expect(meter).toHaveAttribute('aria-valuenow', '100');
    await expect(meter).toHaveAttribute('aria-valuemax', '100');
    await expect(meter).toHaveAttribute('aria-valuetext', '100 of 100 free AI credits left');
    await expect(canvas.getByRole('link')).toHaveAttribute('href', '/settings/billing');
  },
};

export const EarnMoreFromOnboarding: Story = {
  args: { state: { status: 'ready', credits: creditsFor('new-free'), stale: false } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('50 of 50 left')).toBeInTheDocument();
    await expect(canvas.getByText('Finish setup to earn 50 more credits')).toBeInTheDocument();
  },
};

export const Low: Story = {
  args: { state: { status: 'ready', credits: creditsFor('low'), stale: false } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuenow', '7');
    await expect(canvas.getByText('Running low: 7 credits left')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  args: { state: { status: 'ready', credits: creditsFor('exhausted'), stale: false } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuenow', '0');
    await expect(canvas.getByText('Out of credits: AI is off')).toBeInTheDocument();
  },
};

/**
 * What spends a credit, told beside the gauge: on keyboard focus at once, on hover after a moment;
 * Escape hides it. Screen readers hear it as the link's description either way.
 */
export const Explainer: Story = {
  args: { state: { status: 'ready', credits: creditsFor('low'), stale: false } },
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link');
    await expect(link).toHaveAccessibleDescription(/one credit is used/);
    await expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument();

    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(await canvas.findByRole('tooltip')).toHaveTextContent(
      'Each time AI works for you, one credit is used',
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument());
    await userEvent.tab();
    await expect(link).not.toHaveFocus();

    await userEvent.hover(link);
    await expect(await canvas.findByRole('tooltip')).toBeVisible();
    await userEvent.unhover(link);
    await waitFor(() => expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument());
  },
};

export const Error: Story = {
  args: {
    state: { status: 'error', message: 'The credit service could not be reached.', onRetry: fn() },
  },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('Could not load your credits.')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.state.status === 'error' && args.state.onRetry).toHaveBeenCalledOnce();
  },
};

export const Stale: Story = {
  args: { state: { status: 'ready', credits: creditsFor('low'), stale: true } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/May be out of date/)).toBeInTheDocument();
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuenow', '7');
  },
};

export const Compact: Story = {
  args: { compact: true, state: { status: 'ready', credits: creditsFor('low'), stale: false } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('7/100')).toBeInTheDocument();
    await expect(canvas.getByRole('meter')).toHaveAttribute(
      'aria-valuetext',
      '7 of 100 free AI credits left',
    );
    await expect(canvas.queryByText(/Running low/)).not.toBeInTheDocument();
  },
};

export const HiddenOnPro: Story = {
  args: { state: { status: 'ready', credits: creditsFor('pro'), stale: false } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region')).not.toBeInTheDocument();
  },
};

/** The gauge on the live credits query, against the mock backend at the `low` scenario. */
export const FromMockBackend: StoryObj<typeof CreditsGauge> = {
  render: () => <CreditsGauge billingHref="/settings/billing" />,
  parameters: { scenario: 'low' },
  play: async ({ canvas }) => {
    const meter = await canvas.findByRole('meter', { name: 'Free AI credits' });
    await expect(meter).toHaveAttribute('aria-valuenow', '7');
  },
};

const unavailable = () =>
  HttpResponse.json(
    { error: { code: 'unavailable', message: 'Down for a moment.' } },
    { status: 503 },
  );

/** The credit service down (its live events too): the gauge says so and offers a retry. */
export const FromMockBackendFailing: StoryObj<typeof CreditsGauge> = {
  render: () => <CreditsGauge billingHref="/settings/billing" />,
  parameters: {
    overrides: [http.get('*/api/credits', unavailable), http.get('*/api/events', unavailable)],
  },
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getByText('Could not load your credits.')).toBeInTheDocument(),
    );
  },
};

/**
 * An answer that breaks the contract (a balance in words): the gauge shows an error, never a
 * number it cannot trust. The parser loads apart from the first chunk; it is no less strict.
 */
export const FromMockBackendMalformed: StoryObj<typeof CreditsGauge> = {
  render: () => <CreditsGauge billingHref="/settings/billing" />,
  parameters: {
    scenario: 'low',
    overrides: [
      http.get('*/api/credits', () =>
        HttpResponse.json({ ...creditsFor('low'), balance: 'seven' }),
      ),
      http.get('*/api/events', unavailable),
    ],
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Could not load your credits.')).toBeInTheDocument();
    await expect(canvas.queryByRole('meter')).not.toBeInTheDocument();
  },
};

interface PlaygroundArgs {
  plan: 'free' | 'pro';
  balance: number;
  granted: number;
  stale: boolean;
  compact: boolean;
}

/**
 * Try any balance: the gauge's look, words and announcements follow the same rules as the app
 * (low at 10 or fewer, empty at 0, nothing on Pro).
 */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: { plan: 'free', balance: 37, granted: 100, stale: false, compact: false },
  argTypes: {
    plan: { control: 'inline-radio', options: ['free', 'pro'] },
    balance: { control: { type: 'range', min: 0, max: 100, step: 1 } },
    granted: { control: { type: 'number', min: 0, max: 1000, step: 10 } },
  },
  render: ({ plan, balance, granted, stale, compact }) => {
    const credits = creditsFor(plan === 'pro' ? 'pro' : 'onboarded');
    const left = Math.min(balance, granted);
    return (
      <CreditsGaugeView
        billingHref="/settings/billing"
        compact={compact}
        state={{
          status: 'ready',
          stale,
          credits:
            plan === 'pro'
              ? credits
              : {
                  ...credits,
                  balance: left,
                  spent: granted - left,
                  granted: {
                    starter: Math.min(granted, 50),
                    onboarding: Math.max(0, granted - 50),
                    promotions: 0,
                  },
                  onboardingRemaining: Math.max(0, 100 - granted),
                },
        }}
      />
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute(
      'aria-valuetext',
      '37 of 100 free AI credits left',
    );
  },
};
