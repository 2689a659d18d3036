import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CreditUses } from './credit-uses';

const meta = {
  title: 'Features/Billing/What uses a credit',
  component: CreditUses,
} satisfies Meta<typeof CreditUses>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'What uses a credit' }),
    ).toBeVisible();
    const groups = canvas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    await expect(groups).toEqual([
      'Conversations',
      'Scenarios',
      'Question steps',
      'Shopify',
      'Testing',
    ]);
    // Every one of the 13 kinds of AI action, each in a sentence.
    await expect(canvas.getAllByRole('listitem')).toHaveLength(13);
    await expect(canvas.getByText(/suggests products from your Shopify store/)).toBeVisible();
  },
};
