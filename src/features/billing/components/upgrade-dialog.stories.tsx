import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import { useUpgradeToPro } from '../api/upgrade-to-pro';
import { unavailable } from './story-overrides';
import { UpgradeDialog } from './upgrade-dialog';

/** The dialog on the real upgrade mutation, against the mock backend. */
function WithUpgrade({ loadDialog }: Pick<ComponentProps<typeof UpgradeDialog>, 'loadDialog'>) {
  return <UpgradeDialog upgrade={useUpgradeToPro()} loadDialog={loadDialog} />;
}

const meta = {
  title: 'Features/Billing/Upgrade dialog',
  component: WithUpgrade,
  // docs: what the component is for, the first line of its docs page.
  parameters: {
    scenario: 'low',
    docs: {
      description: {
        component:
          'Asks before moving the account to Pro and says what changes: AI keeps running with no credits to count.',
      },
    },
  },
} satisfies Meta<typeof WithUpgrade>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opens on the call to action, traps focus, and Escape gives focus back to the button. */
export const OpensAndCloses: Story = {
  play: async ({ canvas }) => {
    const open = canvas.getByRole('button', { name: 'Upgrade to Pro' });
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Move to Pro?' });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(open).toHaveFocus());
  },
};

/**
 * By keyboard: Tab reaches the button (which starts fetching the dialog), Enter opens it with focus
 * inside, and closing gives focus back to the button, a second time as well as the first.
 */
export const OpensByKeyboard: Story = {
  play: async ({ canvas }) => {
    const open = canvas.getByRole('button', { name: 'Upgrade to Pro' });
    await expect(open).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await userEvent.tab();
    await expect(open).toHaveFocus();
    for (const close of ['{Escape}', 'not now'] as const) {
      await userEvent.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: 'Move to Pro?' });
      await expect(open).toHaveAttribute('aria-expanded', 'true');
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
      if (close === '{Escape}') await userEvent.keyboard(close);
      else await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
      await waitFor(() => expect(open).toHaveFocus());
      await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      await expect(open).toHaveAttribute('aria-expanded', 'false');
    }
  },
};

/** The checkout fails: a specific error inside the dialog, and a retry. */
export const CheckoutFails: Story = {
  parameters: { overrides: [unavailable('/api/billing/upgrade', 'post')] },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Upgrade to Pro' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm the upgrade' }));
    await expect(
      await screen.findByRole('button', { name: 'Try the upgrade again' }),
    ).toBeVisible();
  },
};

/** The dialog's code is still on its way (a slow phone): the button says it is busy, and waits. */
export const DialogLoading: Story = {
  args: { loadDialog: () => new Promise(() => {}) },
  play: async ({ canvas }) => {
    const open = canvas.getByRole('button', { name: 'Upgrade to Pro' });
    await userEvent.click(open);
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await expect(open).toHaveAttribute('aria-disabled', 'true');
    await expect(open).toHaveFocus();
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/**
 * The dialog's code could not be fetched (offline): the page says so beside the button, nothing
 * changed, and the next press tries again.
 */
export const DialogFailsToLoad: Story = {
  args: { loadDialog: () => Promise.reject(new Error('The dialog chunk did not arrive.')) },
  play: async ({ canvas }) => {
    const open = canvas.getByRole('button', { name: 'Upgrade to Pro' });
    await userEvent.click(open);
    const problem = await canvas.findByRole('alert');
    await expect(problem).toHaveTextContent('The upgrade window did not load');
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await expect(open).not.toHaveAttribute('aria-disabled');
    await expect(open).toHaveFocus();
    await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  },
};
