import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { SectionError } from './section-error';

const meta = {
  title: 'Features/Billing/Section error',
  component: SectionError,
  args: { title: 'We could not load your usage.', retryLabel: 'Try again', onRetry: fn() },
  // Its words come from its caller's catalog; here they are the story's own.
  decorators: [
    (Story) => (
      <div translate="no">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SectionError>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A part of the page failed: it says which, and offers a retry that reaches the caller. */
export const WithRetry: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('We could not load your usage.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const WithDetail: Story = {
  args: { detail: 'The credit service answered 503.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The credit service answered 503.')).toBeVisible();
  },
};
