import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import { useUpgradeToPro } from '../api/upgrade-to-pro';
import { unavailable } from './story-overrides';
import { UpgradeDialog } from './upgrade-dialog';

/** The dialog on the real upgrade mutation, against the mock backend. */
function WithUpgrade() {
  return <UpgradeDialog upgrade={useUpgradeToPro()} />;
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
