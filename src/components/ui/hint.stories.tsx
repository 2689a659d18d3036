import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { Hint, useHint } from './hint';

/** A control with its hint, as the sidebar gauge uses it. */
function HintDemo() {
  const { triggerProps, hintProps } = useHint();
  return (
    <>
      <button type="button" {...triggerProps}>
        7 of 100 credits left
      </button>
      <Hint {...hintProps}>
        Each AI reply uses one credit. Upgrade to Pro for unlimited replies.
      </Hint>
    </>
  );
}

const meta = {
  title: 'Components/Hint',
  component: HintDemo,
} satisfies Meta<typeof HintDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

/** At rest the hint is hidden, yet screen readers read it with its control. */
export const Hidden: Story = {
  play: async ({ canvas }) => {
    const control = canvas.getByRole('button', { name: '7 of 100 credits left' });
    await expect(control).toHaveAccessibleDescription(/Each AI reply uses one credit/);
    await expect(canvas.getByRole('tooltip', { hidden: true })).not.toBeVisible();
  },
};

/** Keyboard focus shows it at once, and Escape hides it again (WCAG 1.4.13). */
export const ShownOnFocus: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    const hint = canvas.getByRole('tooltip', { hidden: true });
    await waitFor(() => expect(hint).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(hint).not.toBeVisible());
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    await waitFor(() => expect(hint).toBeVisible());
  },
};
