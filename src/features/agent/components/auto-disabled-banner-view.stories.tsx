import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import type { ScenarioName } from '@/contract/qa';
import { FIXED_NOW, agentFor, creditsFor } from '@/testing/builders';
import { bannerStateOf } from '../activation-rules';
import { AutoDisabledBannerView, type ShownBannerState } from './auto-disabled-banner-view';

function bannerFor(scenario: ScenarioName): ShownBannerState {
  const state = bannerStateOf(agentFor(scenario), creditsFor(scenario));
  if (state.kind === 'hidden') throw new Error(`No banner in the "${scenario}" scenario.`);
  return state;
}

const links = {
  billingHref: '/settings/billing',
  activationRulesHref: '/settings/activation-rules',
};

const meta = {
  title: 'Features/Auto-disabled banner',
  component: AutoDisabledBannerView,
  // What the component is for: the first line of its docs page.
  parameters: {
    docs: {
      description: {
        component:
          'The banner on every page once credits ran out: what stopped and when, that nothing was deleted, and how to get the agent answering again.',
      },
    },
  },
  args: {
    ...links,
    state: bannerFor('exhausted'),
    collapsed: false,
    live: 'off',
    now: FIXED_NOW,
    onCollapsedChange: fn(),
    onRestore: fn(),
  },
} satisfies Meta<typeof AutoDisabledBannerView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Free at 0, as it first appears: an alert that says what happened, what stopped and what to do. */
export const FreeAtZero: Story = {
  args: { live: 'assertive' },
  play: async ({ canvas, args }) => {
    const banner = canvas.getByRole('alert', {
      name: 'Your AI Agent is paused: your free AI credits ran out',
    });
    await expect(banner).toHaveTextContent('switched your agent to “Disable all replies”');
    await expect(banner).toHaveTextContent('It does not reply to DMs.');
    await expect(banner).toHaveTextContent('AI steps in your scenarios are skipped.');
    await expect(banner).toHaveTextContent('6 AI actions skipped since then.');
    await expect(banner).toHaveTextContent('Nothing was deleted');
    await expect(banner).toHaveTextContent('turn “All pending messages” back on in one click');

    const when = canvas.getByText('yesterday');
    await expect(when.tagName).toBe('TIME');
    await expect(when).toHaveAttribute('title', expect.stringMatching(/^On Nov 23, 2026/));

    await expect(canvas.getByRole('link', { name: 'Upgrade to Pro' })).toHaveAttribute(
      'href',
      '/settings/billing',
    );
    await expect(canvas.getByRole('link', { name: 'About activation rules' })).toHaveAttribute(
      'href',
      '/settings/activation-rules',
    );

    const toggle = canvas.getByRole('button', { name: 'Hide details' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    await expect(args.onCollapsedChange).toHaveBeenCalledWith(true);
  },
};

/** Collapsed to one line, never removed: the upgrade stays one click away. */
export const Collapsed: Story = {
  args: { collapsed: true },
  play: async ({ canvas, args }) => {
    const banner = canvas.getByRole('region', { name: 'Agent paused: out of free AI credits' });
    await expect(banner).toBeVisible();
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await expect(
      canvas.queryByText('Nothing was deleted', { exact: false }),
    ).not.toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Upgrade to Pro' })).toBeVisible();

    const toggle = canvas.getByRole('button', { name: 'Show details' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onCollapsedChange).toHaveBeenCalledWith(false);
  },
};

/** New credits on Free: says so, and offers the previous mode back by name. */
export const CanRestoreAfterPromotion: Story = {
  args: { state: bannerFor('promo-after-exhaustion'), live: 'polite' },
  play: async ({ canvas, args }) => {
    const banner = canvas.getByRole('status', {
      name: 'AI can run again: you have 20 credits',
    });
    await expect(banner).toHaveTextContent('It had “All pending messages” before.');
    await expect(canvas.queryByRole('link', { name: 'Upgrade to Pro' })).not.toBeInTheDocument();
    await userEvent.click(
      canvas.getByRole('button', { name: 'Turn “All pending messages” back on' }),
    );
    await expect(args.onRestore).toHaveBeenCalledOnce();
    await expect(canvas.getByRole('link', { name: 'Choose another mode' })).toHaveAttribute(
      'href',
      '/settings/activation-rules',
    );
  },
};

export const CanRestoreAfterPro: Story = {
  args: { state: bannerFor('pro-after-exhaustion') },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('region', { name: 'AI can run again: you are on Pro' }),
    ).toHaveTextContent('Nothing changes until you say so.');
    await expect(
      canvas.getByRole('button', { name: 'Turn “All pending messages” back on' }),
    ).toBeEnabled();
  },
};

export const CanRestoreCollapsed: Story = {
  args: { state: bannerFor('pro-after-exhaustion'), collapsed: true },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('region', { name: 'AI can run again. Your agent is still paused.' }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Turn “All pending messages” back on' }),
    ).toBeVisible();
  },
};

/** The click is being handled: the button says so and a second click does nothing. */
export const Restoring: Story = {
  args: { state: bannerFor('pro-after-exhaustion'), restore: { status: 'pending' } },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Turning “All pending messages” back on…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onRestore).not.toHaveBeenCalled();
  },
};

export const RestoreFailed: Story = {
  args: {
    state: bannerFor('promo-after-exhaustion'),
    restore: {
      status: 'error',
      message: 'we could not reach the credit service. Please try again in a moment.',
    },
  },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'Your agent is still paused: we could not reach the credit service.',
    );
    await userEvent.click(
      canvas.getByRole('button', { name: 'Turn “All pending messages” back on' }),
    );
    await expect(args.onRestore).toHaveBeenCalledOnce();
  },
};

interface BannerPlaygroundArgs {
  phase: 'paused' | 'can-restore';
  because: 'credits' | 'pro';
  previousMode: 'all_pending' | 'specific_intents' | 'automation_only';
  skippedActions: number;
  hoursAgo: number;
  balance: number;
  collapsed: boolean;
}

/** Every variable the banner speaks of, as controls: the phase, why AI is back, the mode, the counts. */
export const Playground: StoryObj<BannerPlaygroundArgs> = {
  args: {
    phase: 'paused',
    because: 'credits',
    previousMode: 'all_pending',
    skippedActions: 6,
    hoursAgo: 26,
    balance: 20,
    collapsed: false,
  },
  argTypes: {
    phase: { control: 'inline-radio', options: ['paused', 'can-restore'] },
    because: { control: 'inline-radio', options: ['credits', 'pro'] },
    previousMode: {
      control: 'select',
      options: ['all_pending', 'specific_intents', 'automation_only'],
    },
    skippedActions: { control: { type: 'number', min: 0 } },
    hoursAgo: { control: { type: 'range', min: 0, max: 24 * 30, step: 1 } },
    balance: { control: { type: 'number', min: 1 } },
  },
  render: ({ phase, because, previousMode, skippedActions, hoursAgo, balance, collapsed }) => {
    const at = new Date(FIXED_NOW - hoursAgo * 3_600_000).toISOString();
    const state: ShownBannerState =
      phase === 'paused'
        ? { kind: 'paused', at, previousMode, skippedActions }
        : {
            kind: 'can-restore',
            at,
            previousMode,
            because,
            balance: because === 'pro' ? null : balance,
          };
    return (
      <AutoDisabledBannerView
        {...links}
        state={state}
        collapsed={collapsed}
        live="off"
        now={FIXED_NOW}
        onCollapsedChange={fn()}
        onRestore={fn()}
      />
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/6 AI actions/)).toBeVisible();
  },
};
