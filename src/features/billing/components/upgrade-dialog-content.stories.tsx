import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { useRef, useState } from 'react';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import { useUpgradeToPro } from '../api/upgrade-to-pro';
import { unavailable } from './story-overrides';
import { UpgradeDialogContent } from './upgrade-dialog-content';

/** The dialog as UpgradeDialog opens it, on the real upgrade mutation against the mock backend. */
function OpenDialog() {
  const upgrade = useUpgradeToPro();
  const [open, setOpen] = useState(true);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={opener} type="button" translate="no" onClick={() => setOpen(true)}>
        Open again
      </button>
      <UpgradeDialogContent
        open={open}
        onOpenChange={setOpen}
        upgrade={upgrade}
        onConfirm={() => upgrade.mutate()}
        returnFocusTo={opener}
      />
    </>
  );
}

const meta = {
  title: 'Features/Billing/Upgrade dialog content',
  component: OpenDialog,
  parameters: {
    scenario: 'low',
    docs: {
      description: {
        component:
          'The upgrade dialog itself, in each of its states: it loads apart from the billing page, when the merchant reaches for the upgrade button.',
      },
    },
  },
} satisfies Meta<typeof OpenDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Open: what changes on Pro, and the two choices. */
export const Open: Story = {
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Move to Pro?' });
    // It fades in: visible once the animation has started.
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(screen.getByRole('button', { name: 'Confirm the upgrade' })).toBeEnabled();
    await expect(screen.getByRole('button', { name: 'Not now' })).toBeEnabled();
  },
};

/** Checking out: the confirm button says so and ignores presses; "Not now" waits too. */
export const CheckingOut: Story = {
  parameters: {
    overrides: [
      http.post('*/api/billing/upgrade', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ],
  },
  play: async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm the upgrade' }));
    const pending = await screen.findByRole('button', { name: 'Upgrading…' });
    await expect(pending).toHaveAttribute('aria-disabled', 'true');
    await expect(screen.getByRole('button', { name: 'Not now' })).toBeDisabled();
  },
};

/** Checkout failed: what went wrong, that nothing changed, and a retry. */
export const CheckoutFailed: Story = {
  parameters: { overrides: [unavailable('/api/billing/upgrade', 'post')] },
  play: async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm the upgrade' }));
    await expect(
      await screen.findByRole('button', { name: 'Try the upgrade again' }),
    ).toBeVisible();
    await expect(screen.getByRole('dialog')).toHaveTextContent(
      'You are still on Free, and nothing was charged.',
    );
  },
};
