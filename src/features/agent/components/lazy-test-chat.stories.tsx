import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LazyTestChat } from './lazy-test-chat';

/**
 * The test chat as the package exports it (`TestChat`): nothing while its code loads, then the
 * chat itself. Its states are the Test chat stories; this one shows the loading step ends in it.
 */
const meta = {
  title: 'Features/Test chat, as the package loads it',
  component: LazyTestChat,
  args: { billingHref: '/settings/billing' },
  parameters: { scenario: 'onboarded' },
} satisfies Meta<typeof LazyTestChat>;
export default meta;
type Story = StoryObj<typeof meta>;

export const LoadsTheChat: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Try your agent' })).toBeVisible();
    await expect(canvas.getByRole('textbox')).toBeEnabled();
  },
};
