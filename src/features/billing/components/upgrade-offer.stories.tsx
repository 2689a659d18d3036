import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import type { Credits } from '@/contract/schemas';
import { creditsFor } from '@/testing/builders';
import { useUpgradeToPro } from '../api/upgrade-to-pro';
import { unavailable } from './story-overrides';
import { UpgradeOffer } from './upgrade-offer';

/** The offer with its upgrade mutation, as the billing page gives it one. */
function Offer({ credits }: { credits: Credits }) {
  const upgrade = useUpgradeToPro();
  return <UpgradeOffer credits={credits} upgrade={upgrade} />;
}

const meta = {
  title: 'Features/Billing/Upgrade offer',
  component: Offer,
  args: { credits: creditsFor('low') },
  // docs: what the component is for, the first line of its docs page.
  parameters: {
    scenario: 'low',
    docs: {
      description: {
        component:
          "The billing page's call to move to Pro, worded for how many credits the account has left.",
      },
    },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '34rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Offer>;
export default meta;
type Story = StoryObj<typeof meta>;

async function openDialog(canvas: { getByRole: typeof screen.getByRole }) {
  const trigger = canvas.getByRole('button', { name: 'Upgrade to Pro' });
  await userEvent.click(trigger);
  return { trigger, dialog: await screen.findByRole('dialog', { name: 'Move to Pro?' }) };
}

async function planOnBackend() {
  const response = await fetch('/api/credits');
  return ((await response.json()) as Credits).plan;
}

export const Low: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/You are running low/)).toBeVisible();
    const table = canvas.getByRole('table', { name: 'Free and Pro compared' });
    await expect(table).toHaveTextContent('Each AI actionUses 1 creditIncluded');
    await expect(
      canvas.getByRole('rowheader', { name: 'Credits gauge in the sidebar' }),
    ).toBeVisible();
  },
};

export const Empty: Story = {
  args: { credits: creditsFor('exhausted') },
  parameters: { scenario: 'exhausted' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Your agent is quiet because the credits ran out/)).toBeVisible();
  },
};

export const Plenty: Story = {
  args: { credits: creditsFor('onboarded') },
  parameters: { scenario: 'onboarded' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByText(/running low|credits ran out/)).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Upgrade to Pro' })).toBeVisible();
  },
};

/** Escape closes the dialog without upgrading, and focus goes back to the button. */
export const DialogEscape: Story = {
  play: async ({ canvas }) => {
    const { trigger, dialog } = await openDialog(canvas);
    await expect(dialog).toHaveAccessibleDescription(/no credits, no limits/);
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(await planOnBackend()).toBe('free');
  },
};

export const ConfirmUpgrade: Story = {
  play: async ({ canvas }) => {
    await openDialog(canvas);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm the upgrade' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(await planOnBackend()).toBe('pro');
  },
};

let upgradeCalls = 0;

/** Checkout is slow: the button says so, further presses send nothing, the dialog stays. */
export const Pending: Story = {
  parameters: {
    overrides: [
      http.post('*/api/billing/upgrade', async () => {
        upgradeCalls += 1;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ],
  },
  play: async ({ canvas }) => {
    upgradeCalls = 0;
    await openDialog(canvas);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm the upgrade' }));
    const pending = await screen.findByRole('button', { name: 'Upgrading…' });
    await expect(pending).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(pending);
    await userEvent.click(pending);
    await userEvent.keyboard('{Escape}');
    await expect(screen.getByRole('dialog', { name: 'Move to Pro?' })).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Not now' })).toBeDisabled();
    await expect(upgradeCalls).toBe(1);
  },
};

/** Checkout fails: a specific error in the dialog, still Free, and a retry that works. */
export const FailureThenRetry: Story = {
  parameters: { overrides: [unavailable('/api/billing/upgrade', 'post', true)] },
  play: async ({ canvas }) => {
    await openDialog(canvas);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm the upgrade' }));
    const alert = await screen.findByRole('alert');
    await expect(alert).toHaveTextContent('The upgrade did not go through');
    await expect(alert).toHaveTextContent('Checkout is having trouble right now (error 503)');
    await expect(alert).toHaveTextContent('You are still on Free, and nothing was charged.');
    await expect(await planOnBackend()).toBe('free');

    await userEvent.click(screen.getByRole('button', { name: 'Try the upgrade again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(await planOnBackend()).toBe('pro');
  },
};

export const NetworkFailure: Story = {
  parameters: { overrides: [http.post('*/api/billing/upgrade', () => HttpResponse.error())] },
  play: async ({ canvas }) => {
    await openDialog(canvas);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm the upgrade' }));
    await expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not reach checkout. Check your connection, then try again.',
    );
  },
};
